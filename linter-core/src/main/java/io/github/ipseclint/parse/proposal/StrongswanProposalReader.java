// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.Algorithm;
import io.github.ipseclint.model.crypto.AvailabilityVerdict;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.crypto.BundledCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * strongSwan proposals (algorithms.md §1.1, §1.3): {@code ,} between proposals, {@code -} between
 * case-sensitive keywords whose position does not matter, a trailing {@code !} in ipsec.conf,
 * {@code default} items in swanctl, the version's defaults for an omitted option.
 */
final class StrongswanProposalReader implements ProposalReader {
  /** {@code keN_<ke>} (key_exchange.c); the prefix is matched case-insensitively. */
  private static final Pattern ADDITIONAL_KE = Pattern.compile("^[kK][eE]([1-7])_(.+)$");
  private static final Version ADDITIONAL_KE_SINCE = Version.of(6, 0);

  @Override
  public ProposalSet read(Protocol protocol, Optional<Located<ByteText>> written,
      ProposalContext context, FindingSink sink) {
    boolean swanctl = context.syntax() == ProposalSyntax.SWANCTL;
    if (written.isEmpty()) {
      // An omitted ah= / ah_proposals means no AH at all, not AH defaults.
      List<Proposal> defaults = protocol == Protocol.AH ? List.of() : StrongswanDefaults.of(
          context.target(), protocol, swanctl ? DefaultUse.SWANCTL_OMITTED : DefaultUse.IPSEC_CONF,
          ProposalOrigin.DEFAULT, context.omittedSpan());
      return new ProposalSet(protocol, defaults, true);
    }
    WrittenValue value = new WrittenValue(written.get());
    Piece list = Piece.of(value.text(), 0, value.text().length());
    boolean strict = swanctl;
    if (!swanctl && list.text().endsWith("!")) {
      strict = true;
      list = Piece.of(value.text(), list.start(), list.end() - 1);
    }
    ProposalProblems problems = new ProposalProblems(sink, context.target());
    List<Proposal> proposals = new ArrayList<>();
    for (Piece piece : list.split(",")) {
      if (piece.isEmpty()) {
        continue;
      }
      Span span = value.of(piece.start(), piece.end());
      if (swanctl && piece.text().equalsIgnoreCase("default")) {
        proposals.addAll(StrongswanDefaults.of(context.target(), protocol, DefaultUse.SWANCTL_KEYWORD,
            ProposalOrigin.DEFAULT, span));
      } else {
        proposals.add(proposal(protocol, piece, value, context, problems));
      }
    }
    if (!strict) {
      proposals.addAll(StrongswanDefaults.of(context.target(), protocol, DefaultUse.IPSEC_CONF,
          ProposalOrigin.APPENDED_DEFAULT, value.whole()));
    }
    return new ProposalSet(protocol, proposals, strict);
  }

  private Proposal proposal(Protocol protocol, Piece piece, WrittenValue value,
      ProposalContext context, ProposalProblems problems) {
    Span span = value.of(piece.start(), piece.end());
    List<Transform> transforms = new ArrayList<>();
    Optional<String> rejection = Optional.empty();
    Optional<String> unavailable = Optional.empty();
    for (Piece token : piece.split("-")) {
      if (token.isEmpty()) {
        continue;
      }
      Span tokenSpan = value.of(token.start(), token.end());
      Optional<Transform> transform = resolve(token.text(), protocol, context, tokenSpan);
      if (transform.isEmpty()) {
        problems.unknown(token.text(), tokenSpan, "algorithm");
        rejection = Optional.of("algorithm '" + token.text() + "' not recognized");
        continue;
      }
      AvailabilityVerdict verdict =
          transform.get().algorithm().availability().in(context.target().version());
      if (verdict != AvailabilityVerdict.AVAILABLE) {
        problems.unavailable(token.text(), transform.get().algorithm(), verdict, tokenSpan);
        unavailable = Optional.of("algorithm '" + token.text() + "' not recognized");
      }
      transforms.add(transform.get());
    }
    if (rejection.isPresent()) {
      return new Proposal(protocol, transforms, ProposalOrigin.CONFIGURED, span, rejection);
    }
    StrongswanChecks checks = new StrongswanChecks(protocol, transforms, span);
    Optional<String> violation = checks.apply();
    violation.ifPresent(reason -> problems.invalid(reason, span));
    return new Proposal(protocol, checks.transforms(), ProposalOrigin.CONFIGURED, span,
        violation.isPresent() ? violation : unavailable);
  }

  private Optional<Transform> resolve(String token, Protocol protocol, ProposalContext context, Span span) {
    List<Algorithm> candidates = BundledCatalog.CATALOG.lookup(Implementation.STRONGSWAN, token);
    if (!candidates.isEmpty()) {
      // aesNNNgmac is a cipher (ENCR_NULL_AUTH_AES_GMAC) in ESP and an integrity algorithm in AH.
      TransformType wanted = protocol == Protocol.AH ? TransformType.INTEG : TransformType.ENCR;
      Algorithm chosen = candidates.stream().filter(a -> a.type() == wanted).findFirst()
          .orElse(candidates.get(0));
      return Optional.of(new Transform(chosen.type(), chosen, chosen.keyBits(), Origin.EXPLICIT, span));
    }
    Matcher matcher = ADDITIONAL_KE.matcher(token);
    if (!matcher.matches() || context.target().version().isBefore(ADDITIONAL_KE_SINCE)) {
      return Optional.empty();
    }
    TransformType round = TransformType.additionalKeyExchange(Integer.parseInt(matcher.group(1)));
    return BundledCatalog.CATALOG.lookup(Implementation.STRONGSWAN, matcher.group(2), TransformType.KE)
        .map(ke -> new Transform(round, ke, List.of(), Origin.EXPLICIT, span));
  }
}
