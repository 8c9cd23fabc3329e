// Copyright (C) 2026 Igalia, S.L. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.

export { foo } from './instn-star-iee-multi-cycle-same-name-a_FIXTURE.js';
