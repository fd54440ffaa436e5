package org.activationdesk.platform.windows.wmi;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.COM.Wbemcli;
import com.sun.jna.platform.win32.COM.Wbemcli.IWbemClassObject;
import com.sun.jna.platform.win32.COM.Wbemcli.IWbemServices;
import com.sun.jna.platform.win32.COM.WbemcliUtil;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.OleAuto;
import com.sun.jna.platform.win32.Variant;
import com.sun.jna.platform.win32.Variant.VARIANT;
import com.sun.jna.platform.win32.WTypes.BSTR;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.PointerByReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.windows.WindowsCallException;

/**
 * {@link WmiGateway} over jna-platform's COM classes. Queries use {@code WbemcliUtil.WmiQuery} with its timeout;
 * jna-platform has no method-call helper, so {@link #call} is the smallest one over {@code IWbemServices}:
 * class → method in-signature → {@code SpawnInstance} → {@code Put} each argument → {@code ExecMethod} → read the
 * out-parameters, releasing every COM object and clearing every VARIANT. SPP reports a failed method through the
 * HRESULT of {@code ExecMethod} (for example 0xC004F050), which becomes the exception's code. {@link #put} is
 * {@code GetObject} → {@code Put} each value → {@code PutInstance}, the last through {@link Services} because
 * jna-platform does not bind it.
 */
public final class ComWmiGateway implements WmiGateway, AutoCloseable {

    private static final int E_FAIL = 0x80004005;
    /** WBEM_E_INVALID_METHOD_PARAMETERS */
    private static final int INVALID_METHOD_PARAMETERS = 0x8004102F;
    /** WBEM_FLAG_UPDATE_ONLY (wbemcli.h WBEM_CHANGE_FLAG_TYPE; jna-platform lacks it) */
    private static final int UPDATE_ONLY = 0x1;

    private final ComThread thread = new ComThread(this::initializeCom, ComWmiGateway::translate);
    /** What CoInitializeEx answered on the current COM thread. */
    private volatile int initializeResult;

    @Override
    public <P extends Enum<P>> List<WmiObject<P>> query(WmiClass<P> wmiClass, String where, Duration timeout)
            throws WindowsCallException {
        String call = "SELECT FROM " + wmiClass.name();
        return thread.run(call, timeout.plusSeconds(5), () -> {
            requireCom(call);
            String from = where == null ? wmiClass.name() : wmiClass.name() + " WHERE " + where;
            WbemcliUtil.WmiResult<P> result;
            try {
                result = new WbemcliUtil.WmiQuery<>(wmiClass.namespace(), from, wmiClass.properties())
                        .execute((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            } catch (TimeoutException e) {
                throw new WindowsCallException(call, new Hresult(TIMEOUT), e);
            }
            List<WmiObject<P>> rows = new ArrayList<>(result.getResultCount());
            for (int i = 0; i < result.getResultCount(); i++) {
                Map<P, Object> values = new EnumMap<>(wmiClass.properties());
                for (P property : wmiClass.properties().getEnumConstants()) {
                    values.put(property, result.getValue(property, i));
                }
                rows.add(new WmiObject<>(wmiClass, values));
            }
            return rows;
        });
    }

    @Override
    public WmiOutput call(WmiMethod method, String objectPath, Map<String, Object> inputs, Duration timeout)
            throws WindowsCallException {
        String call = method.toString();
        return thread.run(call, timeout, () -> {
            requireCom(call);
            IWbemServices services = WbemcliUtil.connectServer(method.namespace());
            try {
                IWbemClassObject in = inputs.isEmpty() ? null : inParameters(services, method, inputs);
                try {
                    return execute(services, method, objectPath, in);
                } finally {
                    if (in != null) {
                        in.Release();
                    }
                }
            } finally {
                services.Release();
            }
        });
    }

    @Override
    public <P extends Enum<P>> void put(WmiClass<P> wmiClass, String objectPath, Map<P, Object> changes,
                                        Duration timeout) throws WindowsCallException {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a put changes at least one property");
        }
        String call = wmiClass.name() + ".Put";
        thread.run(call, timeout, () -> {
            requireCom(call);
            IWbemServices services = WbemcliUtil.connectServer(wmiClass.namespace());
            try {
                IWbemClassObject instance = instance(services, call, objectPath);
                try {
                    for (Map.Entry<P, Object> change : changes.entrySet()) {
                        put(wmiClass.name(), instance, change.getKey().name(), change.getValue());
                    }
                    check(call, new Services(services.getPointer()).putInstance(instance, UPDATE_ONLY));
                } finally {
                    instance.Release();
                }
            } finally {
                services.Release();
            }
            return null;
        });
    }

    @Override
    public void close() {
        thread.close();
    }

    private static IWbemClassObject inParameters(IWbemServices services, WmiMethod method,
                                                 Map<String, Object> inputs) throws WindowsCallException {
        IWbemClassObject wmiClass = services.GetObject(method.className(), 0, null);
        try {
            PointerByReference signature = new PointerByReference();
            check(method + " signature", wmiClass.GetMethod(method.name(), 0, signature, null));
            if (signature.getValue() == null) {
                throw new WindowsCallException(method.toString(), new Hresult(INVALID_METHOD_PARAMETERS));
            }
            IWbemClassObject inSignature = new IWbemClassObject(signature.getValue());
            try {
                IWbemClassObject in = inSignature.SpawnInstance();
                try {
                    for (Map.Entry<String, Object> input : inputs.entrySet()) {
                        put(method.toString(), in, input.getKey(), input.getValue());
                    }
                } catch (WindowsCallException | RuntimeException e) {
                    in.Release();
                    throw e;
                }
                return in;
            } finally {
                inSignature.Release();
            }
        } finally {
            wmiClass.Release();
        }
    }

    /** Sets one property of an in-parameters object or an instance; {@code owner} names it in errors. */
    private static void put(String owner, IWbemClassObject object, String name, Object value)
            throws WindowsCallException {
        VARIANT variant;
        if (value instanceof String text) {
            variant = new VARIANT(text);
        } else if (value instanceof Integer number) {
            variant = new VARIANT(number.intValue()); // VT_I4 carries CIM uint32
        } else if (value instanceof Boolean flag) {
            variant = new VARIANT(flag.booleanValue());
        } else {
            throw new IllegalArgumentException("unsupported WMI argument type for " + name);
        }
        try {
            check(owner + "." + name, object.Put(name, 0, variant, 0));
        } finally {
            OleAuto.INSTANCE.VariantClear(variant);
        }
    }

    /**
     * The instance at {@code objectPath}. Through the HRESULT form of {@code GetObject}, not jna-platform's String
     * form, so the path's BSTR is freed even when the object is not there.
     */
    private static IWbemClassObject instance(IWbemServices services, String call, String objectPath)
            throws WindowsCallException {
        BSTR path = OleAuto.INSTANCE.SysAllocString(objectPath);
        PointerByReference object = new PointerByReference();
        try {
            check(call, services.GetObject(path, 0, null, object, null));
        } finally {
            OleAuto.INSTANCE.SysFreeString(path);
        }
        return new IWbemClassObject(object.getValue());
    }

    private static WmiOutput execute(IWbemServices services, WmiMethod method, String objectPath,
                                     IWbemClassObject in) throws WindowsCallException {
        BSTR path = OleAuto.INSTANCE.SysAllocString(objectPath);
        BSTR name = OleAuto.INSTANCE.SysAllocString(method.name());
        PointerByReference out = new PointerByReference();
        try {
            check(method.toString(), services.ExecMethod(path, name, 0, null, in == null ? null : in.getPointer(), out,
                    null));
        } finally {
            OleAuto.INSTANCE.SysFreeString(path);
            OleAuto.INSTANCE.SysFreeString(name);
        }
        return outputs(method, out.getValue());
    }

    private static WmiOutput outputs(WmiMethod method, Pointer outParameters) throws WindowsCallException {
        Map<String, Object> values = new LinkedHashMap<>();
        if (outParameters == null) {
            return new WmiOutput(method.toString(), values);
        }
        IWbemClassObject out = new IWbemClassObject(outParameters);
        try {
            String[] names = out.GetNames(null, Wbemcli.WBEM_CONDITION_FLAG_TYPE.WBEM_FLAG_NONSYSTEM_ONLY, null);
            for (String name : names) {
                VARIANT.ByReference value = new VARIANT.ByReference();
                check(method + "." + name, out.Get(name, 0, value, null, null));
                try {
                    values.put(name, javaValue(value));
                } finally {
                    OleAuto.INSTANCE.VariantClear(value);
                }
            }
        } finally {
            out.Release();
        }
        return new WmiOutput(method.toString(), values);
    }

    /** The same VARIANT → Java mapping as WbemcliUtil's queries; arrays and objects are not needed here. */
    private static Object javaValue(VARIANT value) {
        int type = value.getValue() == null ? Variant.VT_NULL : value.getVarType().intValue();
        return switch (type) {
            case Variant.VT_BSTR -> value.stringValue();
            case Variant.VT_I4 -> value.intValue();
            case Variant.VT_I2 -> value.shortValue();
            case Variant.VT_UI1 -> value.byteValue();
            case Variant.VT_BOOL -> value.booleanValue();
            default -> null;
        };
    }

    /**
     * jna-platform's IWbemServices binds GetObject, ExecQuery and ExecMethod only; this adds PutInstance the way it
     * binds those (a call through the vtable). A view of the caller's pointer: it takes no reference, so it is not
     * released.
     */
    private static final class Services extends IWbemServices {

        /**
         * Index of IWbemServices::PutInstance in the vtable, counted in wbemcli.h: IUnknown 0-2, OpenNamespace 3,
         * CancelAsyncCall 4, QueryObjectSink 5, GetObject 6 (jna-platform: 6), GetObjectAsync 7, PutClass 8,
         * PutClassAsync 9, DeleteClass 10, DeleteClassAsync 11, CreateClassEnum 12, CreateClassEnumAsync 13,
         * PutInstance 14; ExecQuery 20 and ExecMethod 24 as in jna-platform.
         */
        private static final int PUT_INSTANCE = 14;

        Services(Pointer services) {
            super(services);
        }

        /** PutInstance(pInst, lFlags, pCtx = NULL, ppCallResult = NULL): synchronous, no call-result object. */
        HRESULT putInstance(IWbemClassObject instance, int flags) {
            return (HRESULT) _invokeNativeObject(PUT_INSTANCE,
                    new Object[] {getPointer(), instance.getPointer(), flags, null, null}, HRESULT.class);
        }
    }

    private static void check(String call, HRESULT hr) throws WindowsCallException {
        if (COMUtils.FAILED(hr)) {
            throw new WindowsCallException(call, new Hresult(hr.intValue()));
        }
    }

    private void requireCom(String call) throws WindowsCallException {
        if (initializeResult < 0) {
            throw new WindowsCallException(call + " (CoInitializeEx)", new Hresult(initializeResult));
        }
    }

    /** Runs first on the COM thread: a multithreaded apartment and the process's default COM security. */
    private void initializeCom() {
        HRESULT hr = Ole32.INSTANCE.CoInitializeEx(null, Ole32.COINIT_MULTITHREADED);
        initializeResult = hr.intValue();
        if (COMUtils.FAILED(hr)) {
            return;
        }
        // Once per process; WMI needs impersonation. RPC_E_TOO_LATE: already done, which is just as good.
        Ole32.INSTANCE.CoInitializeSecurity(null, -1, null, null, Ole32.RPC_C_AUTHN_LEVEL_DEFAULT,
                Ole32.RPC_C_IMP_LEVEL_IMPERSONATE, null, Ole32.EOAC_NONE, null);
    }

    private static WindowsCallException translate(String call, Throwable thrown) {
        if (thrown instanceof COMException com && com.getHresult() != null) {
            return new WindowsCallException(call, new Hresult(com.getHresult().intValue()), com);
        }
        return new WindowsCallException(call, new Hresult(E_FAIL), thrown);
    }
}
