// Copyright (C) 2025 Igalia, S.L. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.

export * as foo from "./namespace-empty-module_FIXTURE.js";
