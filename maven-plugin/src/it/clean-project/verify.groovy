// SPDX-License-Identifier: Apache-2.0
// A clean project passes, and its SARIF report is written and valid.
import io.github.ipseclint.maven.SarifSchemaCheck

def log = new File(basedir, 'build.log').text
assert log.contains('ipseclint: 0 errors, 0 warnings, 0 notes in 1 file')
def sarif = new File(basedir, 'target/ipseclint.sarif')
assert sarif.isFile()
def errors = SarifSchemaCheck.errors(sarif)
assert errors.isEmpty() : errors.join('\n')
def run = new groovy.json.JsonSlurper().parse(sarif).runs[0]
assert run.tool.driver.name == 'ipseclint'
assert !run.results
