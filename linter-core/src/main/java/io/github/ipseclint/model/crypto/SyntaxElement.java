// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import io.github.ipseclint.model.target.Implementation;

/**
 * A proposal syntax element that is not an algorithm: strongSwan's {@code default},
 * {@code !} and {@code keN_<ke>}, Libreswan's {@code <type>=<algs>}.
 */
public record SyntaxElement(
    String keyword, Implementation implementation, Availability availability, String usage) {}
