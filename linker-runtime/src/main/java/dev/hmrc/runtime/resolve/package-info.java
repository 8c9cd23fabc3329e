/**
 * Module specifier resolution shared by both {@code hmrc run} modes: paths, {@code file:}
 * URLs and bare specifiers through {@code node_modules} and {@code package.json}.
 */
package dev.hmrc.runtime.resolve;
