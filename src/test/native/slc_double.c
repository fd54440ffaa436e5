/*
 * A test double of slc.dll (and slcext.dll's SLActivateProduct), built with gcc during Maven's test phase into
 * target/native/. Same export names, argument lists and struct layouts as slpublic.h, so the production JNA
 * interfaces load it unchanged on Linux. It answers from a small table the tests fill through the SLDouble_*
 * exports, and it counts what it allocates against what LocalFree (exported here under kernel32's name) releases,
 * so a test can prove that every buffer was freed, on error paths too.
 *
 * Nothing here is an activation algorithm: IDs are whatever the test sets, compared as plain strings.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef int32_t HRESULT;
typedef uint32_t UINT;
typedef uint32_t DWORD;
typedef uint16_t WCHAR;
typedef struct { uint32_t Data1; uint16_t Data2; uint16_t Data3; uint8_t Data4[8]; } GUID;
typedef GUID SLID;
typedef struct {
    SLID SkuId;
    int32_t eStatus;
    DWORD dwGraceTime;
    DWORD dwTotalGraceDays;
    HRESULT hrReason;
    uint64_t qwValidityExpiration;
} SL_LICENSING_STATUS;

_Static_assert(sizeof(GUID) == 16, "GUID is 16 bytes");
_Static_assert(sizeof(SL_LICENSING_STATUS) == 40, "SL_LICENSING_STATUS is 40 bytes as in slpublic.h");
_Static_assert(offsetof(SL_LICENSING_STATUS, qwValidityExpiration) == 32, "qwValidityExpiration at offset 32");

#define S_OK ((HRESULT) 0)
#define E_INVALIDARG ((HRESULT) 0x80070057)
#define E_HANDLE ((HRESULT) 0x80070006)
#define E_OUTOFMEMORY ((HRESULT) 0x8007000E)
#define SL_E_RIGHT_NOT_CONSUMED ((HRESULT) 0xC004F002)
#define SL_E_VALUE_NOT_FOUND ((HRESULT) 0xC004F012)
#define SL_E_PKEY_NOT_INSTALLED ((HRESULT) 0xC004F014)
#define SL_E_PRODUCT_SKU_NOT_INSTALLED ((HRESULT) 0xC004F015)
#define SL_E_NOT_SUPPORTED ((HRESULT) 0xC004F016)
#define SL_E_CIDIID_MISMATCHED ((HRESULT) 0xC004F031)
#define SL_E_CIDIID_INVALID_CHECK_DIGITS ((HRESULT) 0xC004F04D)

#define SL_ID_APPLICATION 0
#define SL_ID_PRODUCT_SKU 1
#define SL_ID_PKEY 4
#define SL_DATA_SZ 1
#define SL_DATA_DWORD 4
#define SL_LICENSING_STATUS_LICENSED 1

#define MAX_SKUS 16
#define MAX_VALUES 64
#define MAX_FAILURES 16
#define MAX_LIVE 4096
#define MAX_HANDLES 8
#define TEXT_MAX 256

#define EXPORT __attribute__((visibility("default")))

typedef enum { OWNER_SKU, OWNER_PKEY, OWNER_SERVICE, OWNER_GENUINE } Owner;

typedef struct {
    Owner owner;
    GUID id;                 /* SKU or product key; unused for the service */
    WCHAR name[TEXT_MAX];
    int32_t type;
    uint8_t bytes[2 * TEXT_MAX];
    UINT size;
} Value;

typedef struct {
    GUID app;
    GUID sku;
    int hasKey;
    GUID pkey;
    SL_LICENSING_STATUS status;
    WCHAR installationId[TEXT_MAX];
    WCHAR confirmationId[TEXT_MAX];
} Sku;

typedef struct {
    char function[64];
    HRESULT hr;
    int leaveBuffer;         /* hand out a buffer although the call fails, as a misbehaving service might */
} Failure;

static Sku skus[MAX_SKUS];
static int skuCount;
static Value values[MAX_VALUES];
static int valueCount;
static Failure failures[MAX_FAILURES];
static int failureCount;
static void *live[MAX_LIVE];
static int liveCount;
static int totalAllocations;
static int badFrees;
static int handles[MAX_HANDLES];
static HRESULT activationResult;
static int activationCount;
static WCHAR lastName[TEXT_MAX];
static WCHAR lastIid[TEXT_MAX];
static WCHAR lastCid[TEXT_MAX];

/* ---------- helpers ---------- */

static int same(const GUID *a, const GUID *b) {
    return a != NULL && b != NULL && memcmp(a, b, sizeof(GUID)) == 0;
}

static size_t wlen(const WCHAR *s) {
    size_t n = 0;
    while (s[n] != 0 && n < TEXT_MAX - 1) {
        n++;
    }
    return n;
}

static int wequal(const WCHAR *a, const WCHAR *b) {
    size_t n = wlen(a);
    return n == wlen(b) && memcmp(a, b, n * sizeof(WCHAR)) == 0;
}

static void wcopy(WCHAR *to, const WCHAR *from) {
    size_t n = from == NULL ? 0 : wlen(from);
    memcpy(to, from, n * sizeof(WCHAR));
    to[n] = 0;
}

/* UTF-8 (from the tests) to UTF-16, with surrogate pairs; returns the number of code units. */
static size_t utf8to16(const char *in, WCHAR *out, size_t max) {
    size_t n = 0;
    const unsigned char *s = (const unsigned char *) in;
    while (*s != 0 && n + 2 < max) {
        uint32_t c;
        if (*s < 0x80) {
            c = *s++;
        } else if ((*s & 0xE0) == 0xC0) {
            c = (uint32_t) (*s++ & 0x1F) << 6;
            c |= *s++ & 0x3F;
        } else if ((*s & 0xF0) == 0xE0) {
            c = (uint32_t) (*s++ & 0x0F) << 12;
            c |= (uint32_t) (*s++ & 0x3F) << 6;
            c |= *s++ & 0x3F;
        } else {
            c = (uint32_t) (*s++ & 0x07) << 18;
            c |= (uint32_t) (*s++ & 0x3F) << 12;
            c |= (uint32_t) (*s++ & 0x3F) << 6;
            c |= *s++ & 0x3F;
        }
        if (c >= 0x10000) {
            c -= 0x10000;
            out[n++] = (WCHAR) (0xD800 + (c >> 10));
            out[n++] = (WCHAR) (0xDC00 + (c & 0x3FF));
        } else {
            out[n++] = (WCHAR) c;
        }
    }
    out[n] = 0;
    return n;
}

/* UTF-16 (from the code under test) back to UTF-8, so a test can see exactly what arrived. */
static int utf16to8(const WCHAR *in, char *out, int max) {
    int n = 0;
    for (size_t i = 0; in[i] != 0 && i < TEXT_MAX; i++) {
        uint32_t c = in[i];
        if (c >= 0xD800 && c < 0xDC00 && in[i + 1] >= 0xDC00 && in[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (in[++i] - 0xDC00);
        }
        if (n + 4 >= max) {
            break;
        }
        if (c < 0x80) {
            out[n++] = (char) c;
        } else if (c < 0x800) {
            out[n++] = (char) (0xC0 | c >> 6);
            out[n++] = (char) (0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[n++] = (char) (0xE0 | c >> 12);
            out[n++] = (char) (0x80 | ((c >> 6) & 0x3F));
            out[n++] = (char) (0x80 | (c & 0x3F));
        } else {
            out[n++] = (char) (0xF0 | c >> 18);
            out[n++] = (char) (0x80 | ((c >> 12) & 0x3F));
            out[n++] = (char) (0x80 | ((c >> 6) & 0x3F));
            out[n++] = (char) (0x80 | (c & 0x3F));
        }
    }
    out[n] = 0;
    return n;
}

static void *allocate(size_t size) {
    if (liveCount >= MAX_LIVE) {
        return NULL;
    }
    void *p = calloc(1, size == 0 ? 1 : size);
    if (p != NULL) {
        live[liveCount++] = p;
        totalAllocations++;
    }
    return p;
}

static Sku *findSku(const GUID *sku) {
    for (int i = 0; i < skuCount; i++) {
        if (same(&skus[i].sku, sku)) {
            return &skus[i];
        }
    }
    return NULL;
}

static Sku *findByKey(const GUID *pkey) {
    for (int i = 0; i < skuCount; i++) {
        if (skus[i].hasKey && same(&skus[i].pkey, pkey)) {
            return &skus[i];
        }
    }
    return NULL;
}

static Value *findValue(Owner owner, const GUID *id, const WCHAR *name) {
    for (int i = 0; i < valueCount; i++) {
        if (values[i].owner == owner && (owner == OWNER_SERVICE || same(&values[i].id, id))
                && wequal(values[i].name, name)) {
            return &values[i];
        }
    }
    return NULL;
}

static Value *putValue(Owner owner, const GUID *id, const char *name) {
    WCHAR wide[TEXT_MAX];
    utf8to16(name, wide, TEXT_MAX);
    Value *v = findValue(owner, id, wide);
    if (v == NULL && valueCount < MAX_VALUES) {
        v = &values[valueCount++];
        memset(v, 0, sizeof(*v));
        v->owner = owner;
        if (id != NULL) {
            v->id = *id;
        }
        wcopy(v->name, wide);
    }
    return v;
}

static int validHandle(void *h) {
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (h == &handles[i] && handles[i]) {
            return 1;
        }
    }
    return 0;
}

/* A failure the test asked for: returns its HRESULT and, if asked, still hands out a (leaked unless freed) buffer. */
static HRESULT injected(const char *function, void **buffer) {
    for (int i = 0; i < failureCount; i++) {
        if (strcmp(failures[i].function, function) == 0) {
            if (failures[i].leaveBuffer && buffer != NULL) {
                *buffer = allocate(16);
            }
            return failures[i].hr;
        }
    }
    return S_OK;
}

static HRESULT returnValue(const Value *v, int32_t *type, UINT *size, uint8_t **buffer) {
    uint8_t *copy = allocate(v->size);
    if (copy == NULL) {
        return E_OUTOFMEMORY;
    }
    memcpy(copy, v->bytes, v->size);
    if (type != NULL) {
        *type = v->type;
    }
    *size = v->size;
    *buffer = copy;
    return S_OK;
}

/* Hands out a freshly allocated copy of n items, as SLC hands out its arrays (NULL when there are none). */
static HRESULT returnArray(const void *items, size_t itemSize, UINT n, UINT *count, void **out) {
    *count = n;
    *out = NULL;
    if (n == 0) {
        return S_OK;
    }
    void *copy = allocate(n * itemSize);
    if (copy == NULL) {
        return E_OUTOFMEMORY;
    }
    memcpy(copy, items, n * itemSize);
    *out = copy;
    return S_OK;
}

/* ---------- kernel32 ---------- */

EXPORT void *LocalFree(void *p) {
    if (p == NULL) {
        return NULL;
    }
    for (int i = 0; i < liveCount; i++) {
        if (live[i] == p) {
            free(p);
            live[i] = live[--liveCount];
            return NULL;
        }
    }
    badFrees++;
    return p;
}

/* ---------- slc.dll ---------- */

EXPORT HRESULT SLOpen(void **phSLC) {
    HRESULT hr = injected("SLOpen", NULL);
    if (hr != S_OK) {
        return hr;
    }
    if (phSLC == NULL) {
        return E_INVALIDARG;
    }
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (!handles[i]) {
            handles[i] = 1;
            *phSLC = &handles[i];
            return S_OK;
        }
    }
    return E_OUTOFMEMORY;
}

EXPORT HRESULT SLClose(void *hSLC) {
    if (!validHandle(hSLC)) {
        return E_HANDLE;
    }
    *(int *) hSLC = 0;
    return S_OK;
}

EXPORT HRESULT SLGetSLIDList(void *hSLC, int32_t eQueryIdType, const SLID *pQueryId, int32_t eReturnIdType,
        UINT *pnReturnIds, SLID **ppReturnIds) {
    if (!validHandle(hSLC)) {
        return E_HANDLE;
    }
    if (pnReturnIds == NULL || ppReturnIds == NULL || pQueryId == NULL) {
        return E_INVALIDARG;
    }
    HRESULT hr = injected("SLGetSLIDList", (void **) ppReturnIds);
    if (hr != S_OK) {
        return hr;
    }
    GUID found[MAX_SKUS];
    UINT n = 0;
    if (eQueryIdType == SL_ID_APPLICATION && eReturnIdType == SL_ID_PRODUCT_SKU) {
        for (int i = 0; i < skuCount; i++) {
            if (same(&skus[i].app, pQueryId)) {
                found[n++] = skus[i].sku;
            }
        }
    } else if (eQueryIdType == SL_ID_PRODUCT_SKU && eReturnIdType == SL_ID_PKEY) {
        Sku *sku = findSku(pQueryId);
        if (sku != NULL && sku->hasKey) {
            found[n++] = sku->pkey;
        }
    } else {
        return SL_E_NOT_SUPPORTED;
    }
    return returnArray(found, sizeof(GUID), n, pnReturnIds, (void **) ppReturnIds);
}

EXPORT HRESULT SLGetInstalledProductKeyIds(void *hSLC, const SLID *pProductSkuId, UINT *pnProductKeyIds,
        SLID **ppProductKeyIds) {
    if (!validHandle(hSLC)) {
        return E_HANDLE;
    }
    if (pnProductKeyIds == NULL || ppProductKeyIds == NULL) {
        return E_INVALIDARG;
    }
    HRESULT hr = injected("SLGetInstalledProductKeyIds", (void **) ppProductKeyIds);
    if (hr != S_OK) {
        return hr;
    }
    Sku *sku = findSku(pProductSkuId);
    if (sku == NULL) {
        return SL_E_PRODUCT_SKU_NOT_INSTALLED;
    }
    return returnArray(&sku->pkey, sizeof(GUID), sku->hasKey ? 1 : 0, pnProductKeyIds, (void **) ppProductKeyIds);
}

static HRESULT getValue(const char *function, void *hSLC, int needHandle, Owner owner, const GUID *id,
        const WCHAR *name, int32_t *type, UINT *size, uint8_t **buffer) {
    if (needHandle && !validHandle(hSLC)) {
        return E_HANDLE;
    }
    if (name == NULL || size == NULL || buffer == NULL) {
        return E_INVALIDARG;
    }
    wcopy(lastName, name);
    HRESULT hr = injected(function, (void **) buffer);
    if (hr != S_OK) {
        return hr;
    }
    if (owner == OWNER_SKU && findSku(id) == NULL) {
        return SL_E_PRODUCT_SKU_NOT_INSTALLED;
    }
    if (owner == OWNER_PKEY && findByKey(id) == NULL) {
        return SL_E_PKEY_NOT_INSTALLED;
    }
    Value *v = findValue(owner, id, name);
    return v == NULL ? SL_E_VALUE_NOT_FOUND : returnValue(v, type, size, buffer);
}

EXPORT HRESULT SLGetProductSkuInformation(void *hSLC, const SLID *pProductSkuId, const WCHAR *pwszValueName,
        int32_t *peDataType, UINT *pcbValue, uint8_t **ppbValue) {
    return getValue("SLGetProductSkuInformation", hSLC, 1, OWNER_SKU, pProductSkuId, pwszValueName, peDataType,
            pcbValue, ppbValue);
}

EXPORT HRESULT SLGetPKeyInformation(void *hSLC, const SLID *pPKeyId, const WCHAR *pwszValueName,
        int32_t *peDataType, UINT *pcbValue, uint8_t **ppbValue) {
    return getValue("SLGetPKeyInformation", hSLC, 1, OWNER_PKEY, pPKeyId, pwszValueName, peDataType, pcbValue,
            ppbValue);
}

EXPORT HRESULT SLGetServiceInformation(void *hSLC, const WCHAR *pwszValueName, int32_t *peDataType,
        UINT *pcbValue, uint8_t **ppbValue) {
    return getValue("SLGetServiceInformation", hSLC, 1, OWNER_SERVICE, NULL, pwszValueName, peDataType, pcbValue,
            ppbValue);
}

EXPORT HRESULT SLGetGenuineInformation(const SLID *pQueryId, const WCHAR *pwszValueName, int32_t *peDataType,
        UINT *pcbValue, uint8_t **ppbValue) {
    return getValue("SLGetGenuineInformation", NULL, 0, OWNER_GENUINE, pQueryId, pwszValueName, peDataType,
            pcbValue, ppbValue);
}

EXPORT HRESULT SLGetLicensingStatusInformation(void *hSLC, const SLID *pAppID, const SLID *pProductSkuId,
        const WCHAR *pwszRightName, UINT *pnStatusCount, SL_LICENSING_STATUS **ppLicensingStatus) {
    if (!validHandle(hSLC)) {
        return E_HANDLE;
    }
    if (pwszRightName != NULL || pnStatusCount == NULL || ppLicensingStatus == NULL) {
        return E_INVALIDARG;
    }
    HRESULT hr = injected("SLGetLicensingStatusInformation", (void **) ppLicensingStatus);
    if (hr != S_OK) {
        return hr;
    }
    if (pAppID == NULL && pProductSkuId == NULL) {
        return SL_E_RIGHT_NOT_CONSUMED;
    }
    SL_LICENSING_STATUS found[MAX_SKUS];
    UINT n = 0;
    for (int i = 0; i < skuCount; i++) {
        if ((pAppID == NULL || same(&skus[i].app, pAppID))
                && (pProductSkuId == NULL || same(&skus[i].sku, pProductSkuId))) {
            found[n] = skus[i].status;
            found[n].SkuId = skus[i].sku;
            n++;
        }
    }
    return returnArray(found, sizeof(SL_LICENSING_STATUS), n, pnStatusCount, (void **) ppLicensingStatus);
}

EXPORT HRESULT SLGenerateOfflineInstallationId(void *hSLC, const SLID *pProductSkuId, WCHAR **ppwszInstallationId) {
    if (!validHandle(hSLC)) {
        return E_HANDLE;
    }
    if (ppwszInstallationId == NULL) {
        return E_INVALIDARG;
    }
    HRESULT hr = injected("SLGenerateOfflineInstallationId", (void **) ppwszInstallationId);
    if (hr != S_OK) {
        return hr;
    }
    Sku *sku = findSku(pProductSkuId);
    if (sku == NULL) {
        return SL_E_PRODUCT_SKU_NOT_INSTALLED;
    }
    if (!sku->hasKey) {
        return SL_E_PKEY_NOT_INSTALLED;
    }
    size_t n = wlen(sku->installationId);
    WCHAR *copy = allocate((n + 1) * sizeof(WCHAR));
    if (copy == NULL) {
        return E_OUTOFMEMORY;
    }
    memcpy(copy, sku->installationId, (n + 1) * sizeof(WCHAR));
    *ppwszInstallationId = copy;
    return S_OK;
}

EXPORT HRESULT SLDepositOfflineConfirmationId(void *hSLC, const SLID *pProductSkuId, const WCHAR *pwszInstallationId,
        const WCHAR *pwszConfirmationId) {
    if (!validHandle(hSLC)) {
        return E_HANDLE;
    }
    if (pwszInstallationId == NULL || pwszConfirmationId == NULL) {
        return E_INVALIDARG;
    }
    wcopy(lastIid, pwszInstallationId);
    wcopy(lastCid, pwszConfirmationId);
    HRESULT hr = injected("SLDepositOfflineConfirmationId", NULL);
    if (hr != S_OK) {
        return hr;
    }
    Sku *sku = findSku(pProductSkuId);
    if (sku == NULL) {
        return SL_E_PRODUCT_SKU_NOT_INSTALLED;
    }
    if (!sku->hasKey) {
        return SL_E_PKEY_NOT_INSTALLED;
    }
    if (!wequal(sku->installationId, pwszInstallationId)) {
        return SL_E_CIDIID_MISMATCHED;
    }
    if (!wequal(sku->confirmationId, pwszConfirmationId)) {
        return SL_E_CIDIID_INVALID_CHECK_DIGITS;
    }
    sku->status.eStatus = SL_LICENSING_STATUS_LICENSED;
    sku->status.hrReason = S_OK;
    return S_OK;
}

/* ---------- slcext.dll (left out of the build that proves the fallback to slc.dll) ---------- */

#ifndef SLC_DOUBLE_WITHOUT_SLCEXT
EXPORT HRESULT SLActivateProduct(void *hSLC, const SLID *pProductSkuId, UINT cbAppSpecificData,
        const void *pvAppSpecificData, const void *pActivationInfo, const WCHAR *pwszProxyServer,
        uint16_t wProxyPort) {
    if (!validHandle(hSLC)) {
        return E_HANDLE;
    }
    if ((cbAppSpecificData != 0) != (pvAppSpecificData != NULL)) {
        return E_INVALIDARG;
    }
    (void) pActivationInfo;
    (void) pwszProxyServer;
    (void) wProxyPort;
    activationCount++;
    Sku *sku = findSku(pProductSkuId);
    if (sku == NULL) {
        return SL_E_PRODUCT_SKU_NOT_INSTALLED;
    }
    if (!sku->hasKey) {
        return SL_E_PKEY_NOT_INSTALLED;
    }
    if (activationResult >= 0) {
        sku->status.eStatus = SL_LICENSING_STATUS_LICENSED;
        sku->status.hrReason = S_OK;
    }
    return activationResult;
}
#endif

/* ---------- test control ---------- */

EXPORT void SLDouble_Reset(void) {
    for (int i = 0; i < liveCount; i++) {
        free(live[i]);
    }
    memset(skus, 0, sizeof(skus));
    memset(values, 0, sizeof(values));
    memset(failures, 0, sizeof(failures));
    memset(handles, 0, sizeof(handles));
    skuCount = valueCount = failureCount = liveCount = totalAllocations = badFrees = activationCount = 0;
    activationResult = S_OK;
    lastName[0] = lastIid[0] = lastCid[0] = 0;
}

EXPORT int SLDouble_AddSku(const GUID *app, const GUID *sku) {
    if (skuCount >= MAX_SKUS || app == NULL || sku == NULL) {
        return -1;
    }
    Sku *s = &skus[skuCount];
    memset(s, 0, sizeof(*s));
    s->app = *app;
    s->sku = *sku;
    s->status.SkuId = *sku;
    return skuCount++;
}

EXPORT void SLDouble_SetStatus(const GUID *sku, int32_t status, DWORD graceMinutes, DWORD totalGraceDays,
        HRESULT reason, uint64_t validity) {
    Sku *s = findSku(sku);
    if (s != NULL) {
        s->status.eStatus = status;
        s->status.dwGraceTime = graceMinutes;
        s->status.dwTotalGraceDays = totalGraceDays;
        s->status.hrReason = reason;
        s->status.qwValidityExpiration = validity;
    }
}

EXPORT int32_t SLDouble_Status(const GUID *sku) {
    Sku *s = findSku(sku);
    return s == NULL ? -1 : s->status.eStatus;
}

/* Any value in any type, for the tests of wrong types; text values are stored as UTF-16 with their NUL. */
EXPORT void SLDouble_SetRawValue(int32_t owner, const GUID *id, const char *name, int32_t type, const void *bytes,
        UINT size) {
    Value *v = putValue((Owner) owner, id, name);
    if (v != NULL && size <= sizeof(v->bytes)) {
        v->type = type;
        v->size = size;
        memcpy(v->bytes, bytes, size);
    }
}

EXPORT void SLDouble_SetText(int32_t owner, const GUID *id, const char *name, const char *text) {
    WCHAR wide[TEXT_MAX];
    size_t n = utf8to16(text, wide, TEXT_MAX);
    SLDouble_SetRawValue(owner, id, name, SL_DATA_SZ, wide, (UINT) ((n + 1) * sizeof(WCHAR)));
}

EXPORT void SLDouble_SetDword(int32_t owner, const GUID *id, const char *name, DWORD value) {
    SLDouble_SetRawValue(owner, id, name, SL_DATA_DWORD, &value, sizeof(value));
}

EXPORT void SLDouble_InstallKey(const GUID *sku, const GUID *pkey, const char *partialKey) {
    Sku *s = findSku(sku);
    if (s != NULL) {
        s->hasKey = 1;
        s->pkey = *pkey;
        SLDouble_SetText(OWNER_PKEY, pkey, "PartialProductKey", partialKey);
    }
}

EXPORT void SLDouble_SetPhoneIds(const GUID *sku, const char *installationId, const char *confirmationId) {
    Sku *s = findSku(sku);
    if (s != NULL) {
        utf8to16(installationId, s->installationId, TEXT_MAX);
        utf8to16(confirmationId, s->confirmationId, TEXT_MAX);
    }
}

EXPORT void SLDouble_Fail(const char *function, HRESULT hr, int leaveBuffer) {
    if (failureCount < MAX_FAILURES) {
        Failure *f = &failures[failureCount++];
        strncpy(f->function, function, sizeof(f->function) - 1);
        f->hr = hr;
        f->leaveBuffer = leaveBuffer;
    }
}

EXPORT void SLDouble_SetActivationResult(HRESULT hr) {
    activationResult = hr;
}

EXPORT int SLDouble_ActivationCount(void) {
    return activationCount;
}

EXPORT int SLDouble_LiveAllocations(void) {
    return liveCount;
}

EXPORT int SLDouble_TotalAllocations(void) {
    return totalAllocations;
}

EXPORT int SLDouble_BadFrees(void) {
    return badFrees;
}

EXPORT int SLDouble_OpenHandles(void) {
    int n = 0;
    for (int i = 0; i < MAX_HANDLES; i++) {
        n += handles[i];
    }
    return n;
}

/* What the code under test passed as UTF-16, back as UTF-8: 0 last value name, 1 last IID, 2 last CID. */
EXPORT int SLDouble_LastText(int32_t which, char *out, int32_t size) {
    const WCHAR *text = which == 0 ? lastName : which == 1 ? lastIid : lastCid;
    return utf16to8(text, out, size);
}
