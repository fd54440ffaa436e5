package org.activationdesk.core.port;

/** Win32_TSLicenseKeyPack.ProductType: which kind of client access licence a key pack holds. */
public enum CalType {
    PER_DEVICE,
    PER_USER
}
