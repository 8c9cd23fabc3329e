// Copyright (C) 2026 Guy Bedford. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.

export * from './namespace-import-source-and-export-1_FIXTURE.js';
export * from './namespace-import-source-and-export-2_FIXTURE.js';
