// Copyright (C) 2025 Igalia, S.L. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.

import "./fulfillment-order_a-sentinel_FIXTURE.js"; // Signal that evaluation of a's subgraph has started
import "./fulfillment-order_b_FIXTURE.js";
