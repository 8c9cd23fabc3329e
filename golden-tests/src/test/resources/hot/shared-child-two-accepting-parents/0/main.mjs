import './p1.mjs';
import './p2.mjs';
