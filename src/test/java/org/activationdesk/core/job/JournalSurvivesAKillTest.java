package org.activationdesk.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.activationdesk.ChildJava;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.SimulatedLicensingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal after the process is killed in the middle of its jobs (kill -9, no shutdown hooks, no flush): every
 * line written before the kill reads back, and the journal takes new lines afterwards.
 */
class JournalSurvivesAKillTest {

    @TempDir
    Path dir;

    /** The child process: runs jobs against the practice machine, one after another, until it is killed. */
    public static void main(String[] args) throws Exception {
        SimulatedLicensingService service = new SimulatedLicensingService(
                new ScenarioCatalog().load("mak-no-internet"), Clock.systemUTC(), Duration.ofMillis(2));
        JobContext context = new JobContext(service, new ActionJournal(Path.of(args[0])), Clock.systemUTC(), "VICTIM");
        var product = service.snapshot().windowsProduct().orElseThrow();
        while (true) {
            new GenerateInstallationIdJob(context, product).execute();
        }
    }

    @Test
    void everyLineWrittenBeforeAKillReadsBack() throws Exception {
        Path file = dir.resolve("actions.log");
        Process child = new ProcessBuilder(ChildJava.command(List.of(), JournalSurvivesAKillTest.class,
                List.of(file.toString())))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.txt").toFile()).start();
        try {
            waitForLines(file, 20, child);
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        long linesOnDisk = Files.readString(file).chars().filter(c -> c == '\n').count();

        ActionJournal journal = new ActionJournal(file);
        List<JournalEntry> entries = journal.read();

        assertThat(entries).hasSizeGreaterThanOrEqualTo(20).hasSize((int) linesOnDisk)
                .allSatisfy(e -> {
                    assertThat(e.machine()).isEqualTo("VICTIM");
                    assertThat(e.action()).isEqualTo(GenerateInstallationIdJob.ACTION);
                    assertThat(e.outcome()).isEqualTo(Hresult.S_OK);
                    assertThat(e.detail()).startsWith("IID ");
                });
        journal.append(new JournalEntry(entries.get(0).time(), "AFTER", "activate-online", null, Hresult.S_OK));
        assertThat(journal.read()).hasSize(entries.size() + 1).last()
                .extracting(JournalEntry::machine).isEqualTo("AFTER");
    }

    private static void waitForLines(Path file, int lines, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(file) && Files.readString(file).chars().filter(c -> c == '\n').count() >= lines) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child wrote fewer than " + lines + " journal lines (alive: " + child.isAlive() + ")");
    }
}
