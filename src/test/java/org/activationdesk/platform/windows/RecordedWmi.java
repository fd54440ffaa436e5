package org.activationdesk.platform.windows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.windows.wmi.WmiClass;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiMethod;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiOutput;

/**
 * A {@link WmiGateway} that answers from recordings: rows per class (values as jna-platform hands them over: String,
 * Integer, Boolean, null), failures and timeouts per class or method; it records every query, call and put. A
 * timeout is the failure {@link WmiGateway#TIMEOUT}, as the COM gateway reports it.
 */
public final class RecordedWmi implements WmiGateway {

    public record Query(String className, String where) {
    }

    public record Call(WmiMethod method, String path, Map<String, Object> inputs) {
    }

    /** A put, with the changed properties by their WMI names. */
    public record Put(String className, String path, Map<String, Object> changes) {
    }

    public interface Answer {
        WmiOutput answer(Call call) throws WindowsCallException;
    }

    // Concurrent: screens above the port read and change the machine from several background threads at once.
    private final Map<WmiClass<?>, List<Map<String, Object>>> rows = new ConcurrentHashMap<>();
    private final Map<WmiClass<?>, Integer> queryFailures = new ConcurrentHashMap<>();
    private final Map<WmiMethod, Answer> answers = new ConcurrentHashMap<>();
    private final Map<WmiClass<?>, Integer> putFailures = new ConcurrentHashMap<>();
    public final List<Query> queries = new CopyOnWriteArrayList<>();
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public final List<Put> puts = new CopyOnWriteArrayList<>();

    /** Rows for a query of this class (property name → value, as WMI's VARIANTs arrive). */
    @SafeVarargs
    public final RecordedWmi rows(WmiClass<?> wmiClass, Map<String, Object>... objects) {
        rows.put(wmiClass, List.of(objects));
        return this;
    }

    public RecordedWmi failQuery(WmiClass<?> wmiClass, int hresult) {
        queryFailures.put(wmiClass, hresult);
        return this;
    }

    public RecordedWmi answer(WmiMethod method, Answer answer) {
        answers.put(method, answer);
        return this;
    }

    public RecordedWmi failCall(WmiMethod method, int hresult) {
        return answer(method, call -> {
            throw new WindowsCallException(method.toString(), new Hresult(hresult));
        });
    }

    public RecordedWmi output(WmiMethod method, Map<String, Object> outputs) {
        return answer(method, call -> new WmiOutput(method.toString(), outputs));
    }

    /** Every put of this class fails with this HRESULT (after it is recorded). */
    public RecordedWmi failPut(WmiClass<?> wmiClass, int hresult) {
        putFailures.put(wmiClass, hresult);
        return this;
    }

    public List<String> methodNames() {
        return calls.stream().map(call -> call.method().name()).toList();
    }

    @Override
    public <P extends Enum<P>> List<WmiObject<P>> query(WmiClass<P> wmiClass, String where, Duration timeout)
            throws WindowsCallException {
        queries.add(new Query(wmiClass.name(), where));
        Integer failure = queryFailures.get(wmiClass);
        if (failure != null) {
            throw new WindowsCallException("SELECT FROM " + wmiClass.name(), new Hresult(failure));
        }
        List<WmiObject<P>> result = new ArrayList<>();
        for (Map<String, Object> row : rows.getOrDefault(wmiClass, List.of())) {
            Map<P, Object> values = new EnumMap<>(wmiClass.properties());
            row.forEach((name, value) -> values.put(Enum.valueOf(wmiClass.properties(), name), value));
            result.add(new WmiObject<>(wmiClass, values));
        }
        return result;
    }

    @Override
    public WmiOutput call(WmiMethod method, String objectPath, Map<String, Object> inputs, Duration timeout)
            throws WindowsCallException {
        Call call = new Call(method, objectPath, Map.copyOf(inputs));
        calls.add(call);
        Answer answer = answers.get(method);
        return answer == null ? new WmiOutput(method.toString(), Map.of("ReturnValue", 0)) : answer.answer(call);
    }

    @Override
    public <P extends Enum<P>> void put(WmiClass<P> wmiClass, String objectPath, Map<P, Object> changes,
                                        Duration timeout) throws WindowsCallException {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a put changes at least one property"); // as the COM gateway
        }
        Map<String, Object> byName = new LinkedHashMap<>();
        changes.forEach((property, value) -> byName.put(property.name(), value));
        puts.add(new Put(wmiClass.name(), objectPath, byName));
        Integer failure = putFailures.get(wmiClass);
        if (failure != null) {
            throw new WindowsCallException(wmiClass.name() + ".Put", new Hresult(failure));
        }
    }
}
