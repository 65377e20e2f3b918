/**
 * Browser tests of the console: headless Debian Chromium clicks through the real pages, and the
 * REST API checks what the clicks changed. {@link dev.callgate.it.console.ConsoleBrowser} starts
 * the browser and signs in; every browser test uses it.
 */
package dev.callgate.it.console;
