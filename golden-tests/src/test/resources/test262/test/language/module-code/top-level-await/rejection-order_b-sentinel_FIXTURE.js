// Copyright (C) 2025 Igalia, S.L. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.

import { pB_start } from "./rejection-order_setup_FIXTURE.js";
pB_start.resolve();
