// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transforms an IKEv1 initiator puts into its phase 1 SA payload, each as a one-transform
 * proposal (ENCR with one key length, hash as INTEG and PRF, group), in its order
 * (negotiation.md §1.3, §3.4, §11.2). strongSwan sends the first algorithm of each type of each
 * proposal; Libreswan sends every combination. Aggressive Mode carries one KE payload, so only
 * transforms of its group can succeed; Libreswan prunes the others itself, with warnings.
 *
 * @param warnings what Libreswan logs while pruning (empty otherwise)
 */
record PhaseOneOffer(List<Proposal> transforms, List<String> warnings) {
  /** pluto keeps MODP1024/MODP1536 once seen: "they work on old Cisco gear". */
  private static final List<Integer> CISCO_GROUPS = List.of(2, 5);

  PhaseOneOffer {
    transforms = List.copyOf(transforms);
    warnings = List.copyOf(warnings);
  }

  static PhaseOneOffer of(Peer initiator, PhaseOneMode mode) {
    List<Proposal> configured = initiator.connection().ikeProposals().value().proposals().stream()
        .filter(Proposal::isValid).toList();
    if (initiator.isStrongswan()) {
      List<Proposal> sent = configured.stream().map(PhaseOneOffer::firstOfEachType).toList();
      return new PhaseOneOffer(mode == PhaseOneMode.AGGRESSIVE ? sameGroupAsFirst(sent) : sent, List.of());
    }
    List<Proposal> combinations = new ArrayList<>();
    configured.forEach(proposal -> combinations.addAll(combinations(proposal)));
    return mode == PhaseOneMode.AGGRESSIVE ? libreswanAggressive(combinations) : new PhaseOneOffer(combinations, List.of());
  }

  /** The group of the KE payload: the first transform's. */
  Optional<Transform> keGroup() {
    return transforms.stream().flatMap(t -> t.of(TransformType.KE).stream()).findFirst();
  }

  private static Proposal firstOfEachType(Proposal proposal) {
    List<Transform> first = new ArrayList<>();
    for (TransformType type : List.of(TransformType.ENCR, TransformType.INTEG, TransformType.PRF, TransformType.KE)) {
      proposal.of(type).stream().findFirst().map(PhaseOneOffer::oneKeyLength).ifPresent(first::add);
    }
    return transform(proposal, first);
  }

  private static List<Proposal> sameGroupAsFirst(List<Proposal> sent) {
    Optional<Transform> group = sent.stream().flatMap(t -> t.of(TransformType.KE).stream()).findFirst();
    return sent.stream().filter(t -> t.of(TransformType.KE).stream().anyMatch(ke -> group.get().sameAs(ke))).toList();
  }

  /** Every cipher (and key length, longest first) x hash x group, the group varying fastest. */
  private static List<Proposal> combinations(Proposal proposal) {
    List<Transform> prfs = proposal.of(TransformType.PRF);
    List<Transform> integs = proposal.of(TransformType.INTEG);
    List<Proposal> out = new ArrayList<>();
    for (Transform cipher : proposal.of(TransformType.ENCR)) {
      for (Transform encr : keyLengths(cipher)) {
        for (int hash = 0; hash < Math.max(1, prfs.size()); hash++) {
          for (Transform group : proposal.of(TransformType.KE)) {
            List<Transform> one = new ArrayList<>(List.of(encr));
            if (hash < integs.size()) {
              one.add(integs.get(hash));
            }
            if (hash < prfs.size()) {
              one.add(prfs.get(hash));
            }
            one.add(group);
            out.add(transform(proposal, one));
          }
        }
      }
    }
    return out;
  }

  /**
   * oakley_alg_makedb: on a new group, an earlier MODP1024/MODP1536 stays and the new transform is
   * ignored; any other earlier group is deleted in favour of the new one.
   */
  private static PhaseOneOffer libreswanAggressive(List<Proposal> combinations) {
    List<Proposal> kept = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Optional<Transform> lastGroup = Optional.empty();
    boolean warned = false;
    for (Proposal transform : combinations) {
      Transform group = transform.of(TransformType.KE).get(0);
      if (lastGroup.isPresent() && !lastGroup.get().sameAs(group)) {
        if (CISCO_GROUPS.contains(lastGroup.get().algorithm().ianaId().orElse(-1))) {
          if (!warned) {
            warnings.add("multiple DH groups were set in aggressive mode. Only first one used.");
          }
          warnings.add("transform (" + oakleyText(transform) + ") ignored.");
          warned = true;
          continue;
        }
        warnings.add("multiple DH groups in aggressive mode can cause interop failure");
        warnings.add("Deleting previous proposal in the hopes of selecting DH 2 or DH 5");
        kept.clear();
        warned = true;
      }
      kept.add(transform);
      lastGroup = Optional.of(group);
    }
    return new PhaseOneOffer(kept, warnings);
  }

  /** {@code OAKLEY_AES_CBC,OAKLEY_SHA2_256,MODP2048 keylen 256}. */
  private static String oakleyText(Proposal transform) {
    Transform encr = transform.of(TransformType.ENCR).get(0);
    String cipher = encr.ianaName().replace("ENCR_", "");
    cipher = cipher.equals("3DES") ? "3DES_CBC" : cipher;
    String hash = transform.of(TransformType.PRF).stream().findFirst()
        .map(prf -> prf.ianaName().replace("PRF_HMAC_", "")).orElse("NONE");
    int keyLength = encr.algorithm().variableKeyLength() && !encr.keyBits().isEmpty() ? encr.keyBits().get(0) : 0;
    return "OAKLEY_" + cipher + ",OAKLEY_" + hash + "," + LibreswanWording.group(transform.of(TransformType.KE).get(0))
        + " keylen " + keyLength;
  }

  private static List<Transform> keyLengths(Transform cipher) {
    if (!cipher.algorithm().variableKeyLength() || cipher.keyBits().size() <= 1) {
      return List.of(cipher);
    }
    return cipher.keyBits().stream()
        .map(bits -> new Transform(cipher.type(), cipher.algorithm(), List.of(bits), cipher.origin(), cipher.span()))
        .toList();
  }

  private static Transform oneKeyLength(Transform transform) {
    return keyLengths(transform).get(0);
  }

  private static Proposal transform(Proposal from, List<Transform> transforms) {
    return new Proposal(from.protocol(), transforms, ProposalOrigin.CONFIGURED, from.span(), Optional.empty());
  }
}
