// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.exchange;

import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import java.util.Optional;

/**
 * Where and how a setup failed.
 *
 * @param exchange the real exchange's name ({@code IKE_AUTH}, {@code Quick Mode})
 * @param notification empty when the failure carries none (silence, a local refusal)
 */
public record Failure(Phase phase, String exchange, Optional<Notify> notification) {}
