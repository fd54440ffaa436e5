package org.activationdesk.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.DiagnosticsRunner;
import org.activationdesk.core.diagnose.FakeKmsNetwork;
import org.activationdesk.core.diagnose.FakeSystemHealth;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.diagnose.check.DiagnosticChecks;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.ReadOnlyLicensingService;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.platform.simulated.Scenario;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.SimulatedKmsNetwork;
import org.activationdesk.platform.simulated.SimulatedLicensingService;
import org.activationdesk.platform.simulated.SimulatedSystemHealth;

/**
 * Benchmark, not a test: how long a whole diagnosis takes against its slowest check. Budget: 1.2x. Two tours,
 * each run several times after a warm-up:
 * <ol>
 * <li>synthetic: one check per id, each sleeping a random 20..400 ms (seeded), so a serial runner would take
 * seconds;</li>
 * <li>real checks on every built-in scenario, with a licensing service that takes 300 ms to answer, as a slow
 * WMI does: every check waits for that one shared read; the computer's own facts (service, internet, clock,
 * restart) take 150 ms each, so a KMS client's clock check (its host's time after the shared read) is slowest.</li>
 * </ol>
 * Prints one line per round and {@code diagnostics-worst-ratio R}. Run by {@code bench/diagnostics.sh}.
 */
public final class DiagnosticsBench {

    static final double BUDGET = 1.2;
    static final int ROUNDS = 5;

    private DiagnosticsBench() {
    }

    public static void main(String[] args) throws Exception {
        ExecutorService threads = DiagnosticsRunner.newExecutor();
        ErrorExplainer explainer = new ErrorExplainer(ErrorCatalog.load());
        double worst = 0;
        try {
            Random random = new Random(7);
            for (int round = -1; round < ROUNDS; round++) { // round -1 warms up and is not counted
                List<DiagnosticCheck> checks = new ArrayList<>();
                for (CheckId id : CheckId.values()) {
                    checks.add(sleeper(id, 20 + random.nextInt(381)));
                }
                double ratio = measure("synthetic", round, new DiagnosticsRunner(checks, threads),
                        context(instantService(), explainer));
                worst = round < 0 ? worst : Math.max(worst, ratio);
            }
            ScenarioCatalog catalog = new ScenarioCatalog();
            for (String id : catalog.builtInIds()) {
                Scenario scenario = catalog.load(id);
                SimulatedLicensingService simulator = new SimulatedLicensingService(scenario, Clock.systemUTC(),
                        Duration.ZERO);
                SimulatedKmsNetwork network = new SimulatedKmsNetwork(scenario.network(), Duration.ZERO);
                SimulatedSystemHealth health = new SimulatedSystemHealth(scenario, simulator::editionChangePending,
                        Clock.systemUTC(), Duration.ofMillis(150));
                for (int round = -1; round < ROUNDS; round++) {
                    double ratio = measure(id, round, new DiagnosticsRunner(DiagnosticChecks.standard(), threads),
                            new DiagnosticContext(slowRead(simulator, 300), simulator, network, health,
                                    Clock.systemUTC(), explainer, Optional.empty()));
                    worst = round < 0 ? worst : Math.max(worst, ratio);
                }
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "diagnostics-worst-ratio %.3f (budget %.1f)%n", worst, BUDGET);
    }

    private static double measure(String name, int round, DiagnosticsRunner runner, DiagnosticContext context)
            throws InterruptedException {
        long started = System.nanoTime();
        List<CheckResult> results = runner.run(context, r -> { });
        long total = System.nanoTime() - started;
        long slowest = results.stream().mapToLong(r -> r.elapsed().toNanos()).max().orElse(1);
        double ratio = (double) total / slowest;
        if (round >= 0) {
            System.out.printf(Locale.ROOT, "%-32s round %d  total %4d ms  slowest check %4d ms  ratio %.3f%n", name,
                    round, total / 1_000_000, slowest / 1_000_000, ratio);
        }
        return ratio;
    }

    private static DiagnosticCheck sleeper(CheckId id, long millis) {
        return new DiagnosticCheck() {
            @Override
            public CheckId id() {
                return id;
            }

            @Override
            public CheckResult run(DiagnosticContext context) throws InterruptedException {
                Thread.sleep(millis);
                return CheckResult.of(id, Verdict.OK, Phrase.plain(millis + " ms"));
            }
        };
    }

    private static DiagnosticContext context(LicensingService service, ErrorExplainer explainer) {
        return new DiagnosticContext(service, Optional::empty, new FakeKmsNetwork(), new FakeSystemHealth(),
                Clock.systemUTC(), explainer, Optional.empty());
    }

    private static LicensingService instantService() {
        return slowRead(null, 0);
    }

    /** The simulator's answer, after a delay like a slow licensing service's. */
    private static LicensingService slowRead(SimulatedLicensingService simulator, long millis) {
        return new ReadOnlyLicensingService() {
            @Override
            public MachineSnapshot snapshot() throws LicensingException {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    throw new LicensingException(new Hresult(0x800704C7), "cancelled");
                }
                if (simulator == null) {
                    throw new LicensingException(new Hresult(0x80070005), "synthetic checks need no machine");
                }
                return simulator.snapshot();
            }

            @Override
            public void activateOnline(String activationId) {
                throw new UnsupportedOperationException("a benchmark never activates");
            }
        };
    }
}
