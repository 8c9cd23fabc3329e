/** The event loop that owns a JS context: posted tasks and timers on one thread. */
package dev.hmrc.runtime.host;
