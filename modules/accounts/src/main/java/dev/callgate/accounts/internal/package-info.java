/**
 * How accounts are stored and served: JPA entities, the stateless services behind the public
 * interfaces, schema migration at deployment and the demo data. Nothing outside the accounts module
 * may use this package (the architecture test enforces it).
 */
package dev.callgate.accounts.internal;
