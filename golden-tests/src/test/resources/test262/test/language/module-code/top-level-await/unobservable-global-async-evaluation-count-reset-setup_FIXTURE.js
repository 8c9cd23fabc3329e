// Copyright (C) 2025 Igalia, S.L. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.

export const logs = [];
export const pB = Promise.withResolvers();
export const pB_start = Promise.withResolvers();
export const pE_start = Promise.withResolvers();
