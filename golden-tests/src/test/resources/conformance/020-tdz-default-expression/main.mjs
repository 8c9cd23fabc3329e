// `export default <expression>` binds *default* which stays in TDZ until the statement runs
import './a.mjs';
