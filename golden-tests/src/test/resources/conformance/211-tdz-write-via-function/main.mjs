// an exporter's function that assigns its let before the declaration ran throws (TDZ on write)
import './a.mjs';
