package org.activationdesk.core.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The append-only record of every change Activation Desk made or tried: one line per action, written
 * and forced to disk before the action is reported done, so a crash loses at most the line being written.
 * Keys appear only masked (the entry type has no place for a full key).
 */
public final class ActionJournal {

    private final Path file;
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();

    public ActionJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Tells {@code listener} of every entry once it is on disk, on the thread that wrote it. Every change to the machine
     * writes exactly one entry, so this is how a screen learns that another one changed the machine.
     */
    public void addListener(Consumer<JournalEntry> listener) {
        listeners.add(listener);
    }

    public void append(JournalEntry entry) throws IOException {
        write(entry);
        listeners.forEach(listener -> listener.accept(entry));
    }

    private synchronized void write(JournalEntry entry) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // After a crash the file may end in a torn line; start on a fresh line so this entry is not torn with it.
        String separator = endsInTornLine() ? "\n" : "";
        byte[] line = (separator + entry.toLine() + "\n").getBytes(StandardCharsets.UTF_8);
        try (var channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(false);
        }
    }

    private boolean endsInTornLine() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, channel.size() - 1);
            return last.get(0) != '\n';
        }
    }

    /**
     * Reads every complete line. A line torn by a crash (no newline at the end, or the wrong number of fields) is
     * skipped; the lines before it are all returned.
     */
    public synchronized List<JournalEntry> read() throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int start = 0;
        int end;
        while ((end = text.indexOf('\n', start)) >= 0) {
            String line = text.substring(start, end);
            start = end + 1;
            try {
                entries.add(JournalEntry.fromLine(line));
            } catch (RuntimeException torn) {
                // A damaged line says nothing reliable; the others still do.
            }
        }
        return entries;
    }
}
