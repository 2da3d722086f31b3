// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/**
 * A candidate secret with the daemon's scores for one identity pair; higher wins, {@code primary}
 * first.
 *
 * @param primary strongSwan: the best match of the remote ID against the owners (20 exact ... 1
 *     any); Libreswan: the summed match bits (LOCAL 8, REMOTE 4, ANY 2, DEFAULT 1)
 * @param secondary strongSwan: the best match of the local ID; Libreswan: always 0
 */
public record SecretMatch(Secret secret, int primary, int secondary) {}
