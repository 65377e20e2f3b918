/**
 * Backing beans of the pages at the console's root ({@code agents.xhtml} is {@code AgentsBacking}).
 * Sub-folders of pages get sub-packages of the same name. Beans only read module records and call
 * module services; every list is scoped to the agent's business (A2).
 */
package dev.callgate.console.view;
