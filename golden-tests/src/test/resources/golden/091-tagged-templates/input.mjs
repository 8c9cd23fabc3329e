// tagged templates with an imported tag and imports in substitutions
import { html, name } from "./html.js";
const out = html`<p>${name}</p>`;
const raw = String.raw`import ${name} from "x"`;
