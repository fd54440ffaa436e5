package org.activationdesk.cli;

import java.util.List;
import java.util.Random;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.SrvRecord;

/**
 * What {@code kms-discover --json} prints. Field names are a contract for scripts: add, never rename.
 *
 * @param mode     {@code network} or {@code practice} (the scenario's network answered)
 * @param outcome  {@code found}, {@code no-such-name}, {@code no-records}, {@code timeout} or {@code failed}
 * @param records  every SRV record as the server gave them
 * @param pick     the record a KMS client tries first, or null
 * @param code     what a KMS client reports for this answer ({@code 0x8007232B}), or null
 */
record KmsDiscoverReport(String mode, StatusReport.ScenarioRef scenario, String domain, String query,
                         String dnsServer, String outcome, List<Record> records, Record pick, long elapsedMs,
                         String message, String code, String fix, String detail) {

    record Record(String target, int port, int priority, int weight, long ttl, String endpoint) {

        static Record of(SrvRecord srv) {
            return new Record(srv.target(), srv.port(), srv.priority(), srv.weight(), srv.ttl(),
                    srv.isNoService() ? null : KmsEndpoint.of(srv).toString());
        }
    }

    static KmsDiscoverReport of(Machines.NetworkAccess access, DiscoveryResult result, Random random, Messages m) {
        return new KmsDiscoverReport(KmsNetworkCommand.mode(access), KmsNetworkCommand.scenario(access, m),
                result.domain().name(), result.domain().srvName(), result.server().map(Object::toString).orElse(null),
                result.outcome().jsonName(), result.records().stream().map(Record::of).toList(),
                result.clientChoice(random).map(Record::of).orElse(null), result.elapsed().toMillis(),
                result.explanation().in(m), result.clientCode().map(Object::toString).orElse(null),
                result.fix().map(f -> f.in(m)).orElse(null), result.detail());
    }
}
