import './settings.mjs';
