// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to read files: the daemon releases to follow, where absolute include paths are mapped, and
 * the file kind or dialect when the user overrides detection.
 *
 * @param strongswan the strongSwan release whose rules apply to strongSwan files
 * @param libreswan the Libreswan release whose rules apply to Libreswan files
 * @param root the directory standing for {@code /} (like the daemons' {@code --rootdir}) and for
 *     Libreswan's working directory; no include ever resolves outside it
 */
public record ParseOptions(
    Target strongswan,
    Target libreswan,
    Path root,
    Optional<FileKind> kind,
    Optional<Implementation> dialect) {

  public static ParseOptions defaults(Path root) {
    return new ParseOptions(
        Target.defaultFor(Implementation.STRONGSWAN),
        Target.defaultFor(Implementation.LIBRESWAN),
        root.toAbsolutePath().normalize(),
        Optional.empty(),
        Optional.empty());
  }

  public Target targetFor(Implementation implementation) {
    return implementation == Implementation.STRONGSWAN ? strongswan : libreswan;
  }

  public ParseOptions withTarget(Target target) {
    return target.is(Implementation.STRONGSWAN)
        ? new ParseOptions(target, libreswan, root, kind, dialect)
        : new ParseOptions(strongswan, target, root, kind, dialect);
  }

  public ParseOptions withKind(FileKind forced) {
    return new ParseOptions(strongswan, libreswan, root, Optional.of(forced), dialect);
  }

  public ParseOptions withDialect(Implementation forced) {
    return new ParseOptions(strongswan, libreswan, root, kind, Optional.of(forced));
  }

  public ParseOptions withRoot(Path newRoot) {
    return new ParseOptions(strongswan, libreswan, newRoot.toAbsolutePath().normalize(), kind, dialect);
  }
}
