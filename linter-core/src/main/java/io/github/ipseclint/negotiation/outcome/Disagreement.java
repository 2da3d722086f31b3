// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

import io.github.ipseclint.model.source.Span;
import java.util.Optional;

/**
 * What the two ends disagree on, with the setting on each end that causes it: the material of a
 * {@code peer-*} finding. The explanation never quotes a secret.
 *
 * @param initiatorSetting the setting on the initiating end (empty when it has nothing to point
 *     at, e.g. a secret that is missing altogether and no file to hold it)
 * @param responderSetting the setting on the responding end
 * @param explanation what is wrong, one sentence, in the user's terms
 */
public record Disagreement(
    FailureClass failureClass, Optional<Span> initiatorSetting, Optional<Span> responderSetting,
    String explanation) {}
