// Copyright (C) 2025 Igalia, S.L. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.

import { logs } from "./unobservable-global-async-evaluation-count-reset-setup_FIXTURE.js";
import "./unobservable-global-async-evaluation-count-reset-e_FIXTURE.js";
import "./unobservable-global-async-evaluation-count-reset-b_FIXTURE.js";
logs.push("D");
