// combined default + named import from one request
import React, { useState, useEffect as effect } from "react";
const [v, setV] = useState(0);
effect(() => React.render(v));
