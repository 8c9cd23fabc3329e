// typeof an imported binding in TDZ still throws (not "undefined")
import './a.mjs';
