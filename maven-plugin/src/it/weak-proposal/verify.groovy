// SPDX-License-Identifier: Apache-2.0
// The failure lists the finding that fails the build, and the SARIF report still says everything.
import io.github.ipseclint.maven.SarifSchemaCheck

def log = new File(basedir, 'build.log').text
assert log.contains('ipseclint found problems at or above error:')
assert log =~ /etc\/ipsec\.conf:4:11: error: IKE integrity 'md5' .* \[weak-integrity\]/
def sarif = new File(basedir, 'target/ipseclint.sarif')
def errors = SarifSchemaCheck.errors(sarif)
assert errors.isEmpty() : errors.join('\n')
def rules = new groovy.json.JsonSlurper().parse(sarif).runs[0].results*.ruleId as Set
assert rules == ['weak-encryption', 'weak-integrity', 'weak-dh-group'] as Set
