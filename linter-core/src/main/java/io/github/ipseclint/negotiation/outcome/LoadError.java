// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.Side;

/**
 * A connection one daemon refuses to load (negotiation.md §14.2 C0), with the daemon's message.
 *
 * @param setting the setting that makes the daemon refuse it
 */
public record LoadError(Side side, Span setting, String daemonMessage) {}
