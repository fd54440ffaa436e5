package org.activationdesk.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.activationdesk.core.errors.Hresult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionJournalTest {

    private static final Instant T0 = Instant.parse("2026-05-04T08:30:00Z");

    @TempDir
    Path dir;

    private static JournalEntry entry(int n) {
        return new JournalEntry(T0.plusSeconds(n), "PC-" + n, "activate-online", "*****-*****-*****-*****-8HVX7",
                n % 2 == 0 ? Hresult.S_OK : new Hresult(0x80072EE7));
    }

    private ActionJournal journalWith(int entries) throws IOException {
        ActionJournal journal = new ActionJournal(dir.resolve("journal").resolve("actions.log"));
        for (int i = 0; i < entries; i++) {
            journal.append(entry(i));
        }
        return journal;
    }

    @Test
    void readsBackWhatWasAppendedInOrder() throws IOException {
        ActionJournal journal = journalWith(3);

        assertThat(journal.read()).containsExactly(entry(0), entry(1), entry(2));
        assertThat(Files.readAllLines(journal.file(), StandardCharsets.UTF_8)).hasSize(3)
                .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(6));
    }

    @Test
    void linesWrittenBeforeTheDetailColumnStillRead() throws IOException {
        ActionJournal journal = new ActionJournal(dir.resolve("old.log"));
        Files.writeString(journal.file(), "2026-05-04T09:00:00Z\tPC-9\tactivate-online\t-\t0xC004C008\n");

        assertThat(journal.read()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(new Hresult(0xC004C008));
            assertThat(e.detail()).isEqualTo("-");
        });
    }

    @Test
    void aJournalThatDoesNotExistYetIsEmpty() throws IOException {
        ActionJournal journal = new ActionJournal(dir.resolve("none.log"));

        assertThat(journal.read()).isEmpty();
        assertThat(journal.file()).doesNotExist();
    }

    @Test
    void fieldsThatWouldTearTheLineAreCleanedAndEmptyOnesBecomeADash() throws IOException {
        ActionJournal journal = journalWith(0);
        JournalEntry awkward = new JournalEntry(T0, "PC\t01\r\nX", "activate-online", null, Hresult.S_OK);

        journal.append(awkward);

        List<JournalEntry> read = journal.read();
        assertThat(read).singleElement().satisfies(e -> {
            assertThat(e.machine()).isEqualTo("PC 01  X");
            assertThat(e.maskedKey()).isEqualTo("-");
            assertThat(e).isEqualTo(awkward);
        });
        assertThat(Files.readAllLines(journal.file())).hasSize(1);
    }

    @Test
    void fileTruncatedInTheMiddleOfTheLastLineKeepsAllEarlierLines() throws IOException {
        ActionJournal journal = journalWith(4);
        long size = Files.size(journal.file());
        long lastLine = Files.readAllLines(journal.file()).get(3).getBytes(StandardCharsets.UTF_8).length + 1;

        for (long cut = 1; cut <= lastLine; cut++) { // every place a crash could have stopped the last write
            rewrite(journal, 4);
            try (FileChannel channel = FileChannel.open(journal.file(), StandardOpenOption.WRITE)) {
                channel.truncate(size - cut);
            }

            assertThat(journal.read()).as("last %d bytes cut", cut).containsExactly(entry(0), entry(1), entry(2));
        }
    }

    @Test
    void garbageAppendedWithoutNewlineIsSkipped() throws IOException {
        ActionJournal journal = journalWith(3);
        Files.writeString(journal.file(), "2026-05-04T09:00:00Z\tPC-9\tactivate-onl", StandardOpenOption.APPEND);

        assertThat(journal.read()).containsExactly(entry(0), entry(1), entry(2));
    }

    @Test
    void damagedCompleteLinesAreSkippedAndTheOthersKept() throws IOException {
        ActionJournal journal = journalWith(2);
        Files.writeString(journal.file(), String.join("\n",
                "2026-05-04T09:00:00Z\tPC-9\tactivate-online\t0x00000000", // 4 fields
                "2026-05-04T09:00:00Z\tPC-9\tactivate-online\t-\t0x00000000\tIID 1\textra", // 7 fields
                "yesterday\tPC-9\tactivate-online\t-\t0x00000000", // no time
                "2026-05-04T09:00:00Z\tPC-9\tactivate-online\t-\tfailed", // no HRESULT
                "", // empty
                "") , StandardOpenOption.APPEND);
        journal.append(entry(2));

        assertThat(journal.read()).containsExactly(entry(0), entry(1), entry(2));
    }

    @Test
    void anEntryAppendedAfterATornLineIsNotLostWithIt() throws IOException {
        ActionJournal journal = journalWith(2);
        Files.writeString(journal.file(), "2026-05-04T09:00:00Z\tPC-9\tact", StandardOpenOption.APPEND); // crash

        ActionJournal afterRestart = new ActionJournal(journal.file());
        afterRestart.append(entry(5));

        assertThat(afterRestart.read()).containsExactly(entry(0), entry(1), entry(5));
    }

    @Test
    void concurrentAppendsAllSurvive() throws Exception {
        ActionJournal journal = journalWith(0);
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        journal.append(new JournalEntry(T0.plusMillis(i), "T" + thread, "action-" + i, null,
                                new Hresult(thread * 1000 + i)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<JournalEntry> read = journal.read();
        assertThat(read).hasSize(threads * perThread);
        Set<String> seen = new HashSet<>();
        for (JournalEntry e : read) {
            assertThat(e.outcome().value()).isEqualTo(Integer.parseInt(e.machine().substring(1)) * 1000
                    + Integer.parseInt(e.action().substring("action-".length())));
            seen.add(e.machine() + "/" + e.action());
        }
        assertThat(seen).hasSize(threads * perThread);
        assertThat(Files.readAllLines(journal.file())).hasSize(threads * perThread);
    }

    private static void rewrite(ActionJournal journal, int entries) throws IOException {
        Files.deleteIfExists(journal.file());
        for (int i = 0; i < entries; i++) {
            journal.append(entry(i));
        }
    }
}
