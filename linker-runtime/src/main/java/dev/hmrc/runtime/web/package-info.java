/**
 * The web-platform globals of every context (the WinterTC Minimum Common Web Platform API):
 * {@link dev.hmrc.runtime.web.WebPlatform} installs them; the JS half is {@code web-platform.js},
 * which calls the JDK-backed pieces here (text codecs, URL parsing, crypto, clocks).
 */
package dev.hmrc.runtime.web;
