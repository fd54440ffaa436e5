package org.activationdesk.platform.windows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.key.ProductKey;

/**
 * Edition conversion the way Microsoft documents it: {@code DISM /Online /Set-Edition:<edition> /ProductKey:<key>
 * /AcceptEula} (windows-licensing-api.md §D.1). The only other program this application ever starts (besides itself,
 * elevated, on "restart as administrator"), and always the system's own Dism.exe, never slmgr or cscript. {@code /NoRestart} leaves the restart to the user, {@code /English} makes the
 * error line readable. DISM's output is read only for its error code and never logged: it is not shown anywhere.
 *
 * <p>The key travels on DISM's command line because the documented DISM API ({@code dismapi.dll}) has no edition
 * change; administrators can read a running process's command line and Windows may log it. docs/slmgr.md says what
 * that exposes and how to convert without a secret key (the published KMS client key, then the own key).
 *
 * <p>A conversion takes minutes. If DISM has not finished within the time limit it is left running (stopping a
 * servicing operation half-way could damage Windows) and the call fails with HRESULT_FROM_WIN32(ERROR_TIMEOUT).
 */
final class DismEditionConverter implements EditionConverter {

    static final String CALL = "DISM /Set-Edition";
    static final Duration TIMEOUT = Duration.ofMinutes(90);
    /** 0 done; 3010 ERROR_SUCCESS_REBOOT_REQUIRED; 1641 ERROR_SUCCESS_REBOOT_INITIATED. */
    static final Set<Integer> SUCCESS = Set.of(0, 3010, 1641);
    static final int E_INVALIDARG = 0x80070057;
    static final int FILE_NOT_FOUND = 0x80070002;
    static final int E_FAIL = 0x80004005;
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\s*Error:\\s*(0x[0-9A-Fa-f]{1,8}|\\d{1,10})\\b");
    private static final Pattern EDITION = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    /** Only the end of DISM's output matters (the error line); more is not kept. */
    private static final int KEEP_CHARS = 64 * 1024;

    /** What running the command gave. */
    record Outcome(boolean finished, int exitCode, String output) {
    }

    interface Runner {
        Outcome run(List<String> command, Duration timeout) throws IOException, InterruptedException;
    }

    private final Path dism;
    private final Runner runner;
    private final Duration timeout;

    DismEditionConverter(Path dism, Runner runner, Duration timeout) {
        this.dism = dism;
        this.runner = runner;
        this.timeout = timeout;
    }

    static DismEditionConverter system(Path systemDirectory) {
        return new DismEditionConverter(systemDirectory.resolve("Dism.exe"), DismEditionConverter::runProcess, TIMEOUT);
    }

    @Override
    public void convert(String targetEditionId, ProductKey key) throws WindowsCallException {
        if (targetEditionId == null || !EDITION.matcher(targetEditionId).matches()) {
            throw new WindowsCallException(CALL, new Hresult(E_INVALIDARG));
        }
        Outcome outcome;
        try {
            outcome = runner.run(List.of(dism.toString(), "/Online", "/English", "/NoRestart",
                    "/Set-Edition:" + targetEditionId, "/ProductKey:" + key.plainText(), "/AcceptEula"), timeout);
        } catch (IOException notStarted) {
            // The message of a failed start names the command line, which holds the key: it is not kept.
            throw new WindowsCallException(CALL, new Hresult(dism.toFile().isFile() ? E_FAIL : FILE_NOT_FOUND));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WindowsCallException(CALL, new Hresult(0x800704C7), e);
        }
        if (!outcome.finished()) {
            throw new WindowsCallException(CALL, new Hresult(0x800705B4));
        }
        if (!SUCCESS.contains(outcome.exitCode())) {
            throw new WindowsCallException(CALL, errorCode(outcome.exitCode(), outcome.output()));
        }
    }

    /**
     * The code DISM reports: its "Error: n" line when there is one (decimal Win32 codes or hex HRESULTs), else its
     * exit code. Win32 codes become HRESULT_FROM_WIN32.
     */
    static Hresult errorCode(int exitCode, String output) {
        long code = exitCode;
        Matcher line = ERROR_LINE.matcher(output == null ? "" : output);
        if (line.find()) {
            String text = line.group(1);
            code = text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16)
                    : Long.parseLong(text);
        }
        int value = (int) code;
        if (value > 0 && value <= 0xFFFF) {
            return new Hresult(0x80070000 | value);
        }
        return new Hresult(value == 0 ? E_FAIL : value);
    }

    /** Starts the process with no input, keeps the end of its output, waits at most {@code timeout}. */
    static Outcome runProcess(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> drain(process.getInputStream(), output), "dism-output");
        reader.setDaemon(true);
        reader.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            return new Outcome(false, -1, "");
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        synchronized (output) {
            return new Outcome(true, process.exitValue(), output.toString());
        }
    }

    private static void drain(InputStream in, StringBuilder output) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (output) {
                    output.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    if (output.length() > KEEP_CHARS) {
                        output.delete(0, output.length() - KEEP_CHARS);
                    }
                }
            }
        } catch (IOException closed) {
            // the process ended; what was read is what there is
        }
    }
}
