import { camelCase, snakeCase, pascalCase, constantCase, dotCase, capitalCase, kebabCase } from "change-case";
const input = "hot module_replacement-on the JVM";
console.log([camelCase, snakeCase, pascalCase, constantCase, dotCase, capitalCase, kebabCase].map((f) => f(input)).join(" | "));
