// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

/**
 * A rule: a stateless class annotated with {@link LintRule}. The kind says what the engine calls
 * it on; {@link DeclaredRule}s carry only metadata for findings that the parse layer or the
 * engine itself produce.
 */
public sealed interface Rule permits DocumentRule, ConnectionRule, SecretRule, HostRule, PeerRule, DeclaredRule {}
