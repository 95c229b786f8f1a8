export const SIGNED_OPERATIONS: ReadonlySet<string> = new Set([
    "POST /open-banking/v3.1/pisp/domestic-payment-consents",
    "POST /open-banking/v3.1/pisp/domestic-scheduled-payment-consents",
    "POST /open-banking/v3.1/pisp/domestic-standing-order-consents",
    "POST /open-banking/v3.1/pisp/domestic-payments",
    "POST /open-banking/v3.1/pisp/domestic-scheduled-payments",
    "POST /open-banking/v3.1/pisp/domestic-standing-orders",
    "POST /open-banking/v3.1/event-subscriptions",
    "PUT /open-banking/v3.1/event-subscriptions/{EventSubscriptionId}",
    "POST /open-banking/v3.1/pisp/domestic-vrp-consents",
    "POST /open-banking/v3.1/pisp/domestic-vrps",
    "POST /open-banking/v3.1/pisp/domestic-vrp-consents/{ConsentId}/funds-confirmation",
    "POST /open-banking/v4.0/pisp/domestic-payment-consents",
    "POST /open-banking/v4.0/pisp/domestic-scheduled-payment-consents",
    "POST /open-banking/v4.0/pisp/domestic-standing-order-consents",
    "POST /open-banking/v4.0/pisp/domestic-payments",
    "POST /open-banking/v4.0/pisp/domestic-vrp-consents",
    "POST /open-banking/v4.0/pisp/domestic-vrps",
    "POST /open-banking/v4.0/pisp/domestic-vrp-consents/{ConsentId}/funds-confirmation",
    "POST /open-banking/v4.0/pisp/domestic-scheduled-payments",
    "POST /open-banking/v4.0/pisp/domestic-standing-orders",
    "POST /open-banking/v4.0/event-subscriptions",
    "PUT /open-banking/v4.0/event-subscriptions/{EventSubscriptionId}"
]);
export interface paths {
    "/par": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push an authorization request (PAR, RFC 9126)
         * @description FAPI 2.0: every authorization request is pushed here first, with PKCE S256. The answer's request_uri lives 60 s; send the customer's browser to <browser host>/auth?client_id=...&request_uri=...
         */
        post: operations["PushAuthorizationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Token endpoint (client credentials, authorization code, refresh) */
        post: operations["Token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token/introspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Token introspection (RFC 7662) */
        post: operations["Introspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Token revocation (RFC 7009) */
        post: operations["Revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a TPP (RFC 7591) with a software statement from the directory
         * @description Over mutual TLS with the transport certificate the directory issued for the software statement.
         */
        post: operations["RegisterClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reg/{ClientId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ClientId: string;
            };
            cookie?: never;
        };
        /** Read a registration (RFC 7592) */
        get: operations["ReadClient"];
        /** Update a registration (RFC 7592), sending the software statement again */
        put: operations["UpdateClient"];
        post?: never;
        /** Delete a registration (RFC 7592) */
        delete: operations["DeleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/account-access-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Account Access Consents */
        post: operations["CreateAccountAccessConsents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/account-access-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Account Access Consents */
        get: operations["GetAccountAccessConsentsConsentId"];
        put?: never;
        post?: never;
        /** Delete Account Access Consents */
        delete: operations["DeleteAccountAccessConsentsConsentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-payment-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Payment Consents */
        post: operations["CreateDomesticPaymentConsents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-payment-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Payment Consents */
        get: operations["GetDomesticPaymentConsentsConsentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-scheduled-payment-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Scheduled Payment Consents */
        post: operations["CreateDomesticScheduledPaymentConsents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-scheduled-payment-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Scheduled Payment Consents */
        get: operations["GetDomesticScheduledPaymentConsentsConsentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-standing-order-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Standing Order Consents */
        post: operations["CreateDomesticStandingOrderConsents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-standing-order-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Standing Order Consents */
        get: operations["GetDomesticStandingOrderConsentsConsentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/cbpii/funds-confirmation-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Funds Confirmation Consent */
        post: operations["CreateFundsConfirmationConsents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/cbpii/funds-confirmation-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Funds Confirmation Consent */
        get: operations["GetFundsConfirmationConsentsConsentId"];
        put?: never;
        post?: never;
        /** Delete Funds Confirmation Consent */
        delete: operations["DeleteFundsConfirmationConsentsConsentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Payments */
        post: operations["CreateDomesticPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-payments/{DomesticPaymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Payments */
        get: operations["GetDomesticPaymentsDomesticPaymentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-payments/{DomesticPaymentId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Payment Details */
        get: operations["GetDomesticPaymentsDomesticPaymentIdPaymentDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-payment-consents/{ConsentId}/funds-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Payment Consents Funds Confirmation */
        get: operations["GetDomesticPaymentConsentsConsentIdFundsConfirmation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Scheduled Payments */
        post: operations["CreateDomesticScheduledPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-scheduled-payments/{DomesticScheduledPaymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Scheduled Payments */
        get: operations["GetDomesticScheduledPaymentsDomesticScheduledPaymentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-scheduled-payments/{DomesticScheduledPaymentId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Payment Details */
        get: operations["GetDomesticScheduledPaymentsDomesticScheduledPaymentIdPaymentDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Standing Orders */
        post: operations["CreateDomesticStandingOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-standing-orders/{DomesticStandingOrderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Standing Orders */
        get: operations["GetDomesticStandingOrdersDomesticStandingOrderId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-standing-orders/{DomesticStandingOrderId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Payment Details */
        get: operations["GetDomesticStandingOrdersDomesticStandingOrderIdPaymentDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Accounts */
        get: operations["GetAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/accounts/{AccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Accounts */
        get: operations["GetAccountsAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Balances */
        get: operations["GetBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/accounts/{AccountId}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Balances */
        get: operations["GetAccountsAccountIdBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Transactions */
        get: operations["GetTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/accounts/{AccountId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Transactions */
        get: operations["GetAccountsAccountIdTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Scheduled Payments */
        get: operations["GetScheduledPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/accounts/{AccountId}/scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Scheduled Payments */
        get: operations["GetAccountsAccountIdScheduledPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Standing Orders */
        get: operations["GetStandingOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/aisp/accounts/{AccountId}/standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Standing Orders */
        get: operations["GetAccountsAccountIdStandingOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/cbpii/funds-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Funds Confirmation */
        post: operations["CreateFundsConfirmations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/event-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Event Subscription */
        get: operations["GetEventSubscriptions"];
        put?: never;
        /** Create Event Subscription */
        post: operations["CreateEventSubscriptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/event-subscriptions/{EventSubscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change Event Subscription */
        put: operations["ChangeEventSubscriptionsEventSubscriptionId"];
        post?: never;
        /** Delete Event Subscription */
        delete: operations["DeleteEventSubscriptionsEventSubscriptionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Events */
        post: operations["CreateEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-vrp-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a domestic VRP consent
         * @description Create a domestic VRP consent
         */
        post: operations["domesticVrpConsentsPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-vrp-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a domestic VRP consent
         * @description Retrieve a domestic VRP consent
         */
        get: operations["domesticVrpConsentsGet"];
        put?: never;
        post?: never;
        /**
         * Delete a domestic VRP
         * @description Delete a domestic VRP
         */
        delete: operations["domesticVrpConsentsDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-vrps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a domestic VRP
         * @description Create a domestic VRP
         */
        post: operations["domesticVrpPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-vrps/{DomesticVRPId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a domestic VRP
         * @description Retrieve a domestic VRP
         */
        get: operations["domesticVrpGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-vrps/{DomesticVRPId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a domestic VRP
         * @description Retrieve a domestic VRP
         */
        get: operations["domesticVrpPaymentDetailsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v3.1/pisp/domestic-vrp-consents/{ConsentId}/funds-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm availability of funds for a VRP
         * @description Confirm availability of funds for a VRP
         */
        post: operations["domesticVrpConsentsFundsConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/account-access-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Account Access Consents (v4.0) */
        post: operations["CreateAccountAccessConsentsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/account-access-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Account Access Consents (v4.0) */
        get: operations["GetAccountAccessConsentsConsentIdV4"];
        put?: never;
        post?: never;
        /** Delete Account Access Consents (v4.0) */
        delete: operations["DeleteAccountAccessConsentsConsentIdV4"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-payment-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Payment Consents (v4.0) */
        post: operations["CreateDomesticPaymentConsentsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-payment-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Payment Consents (v4.0) */
        get: operations["GetDomesticPaymentConsentsConsentIdV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-scheduled-payment-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Scheduled Payment Consents (v4.0) */
        post: operations["CreateDomesticScheduledPaymentConsentsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-scheduled-payment-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Scheduled Payment Consents (v4.0) */
        get: operations["GetDomesticScheduledPaymentConsentsConsentIdV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-standing-order-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Standing Order Consents (v4.0) */
        post: operations["CreateDomesticStandingOrderConsentsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-standing-order-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Standing Order Consents (v4.0) */
        get: operations["GetDomesticStandingOrderConsentsConsentIdV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/cbpii/funds-confirmation-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Funds Confirmation Consent (v4.0) */
        post: operations["CreateFundsConfirmationConsentsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/cbpii/funds-confirmation-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Funds Confirmation Consent (v4.0) */
        get: operations["GetFundsConfirmationConsentsConsentIdV4"];
        put?: never;
        post?: never;
        /** Delete Funds Confirmation Consent (v4.0) */
        delete: operations["DeleteFundsConfirmationConsentsConsentIdV4"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Payments (v4.0) */
        post: operations["CreateDomesticPaymentsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-payments/{DomesticPaymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Payments (v4.0) */
        get: operations["GetDomesticPaymentsDomesticPaymentIdV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-payments/{DomesticPaymentId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Payment Details (v4.0) */
        get: operations["GetDomesticPaymentsDomesticPaymentIdPaymentDetailsV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-payment-consents/{ConsentId}/funds-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Payment Consents Funds Confirmation (v4.0) */
        get: operations["GetDomesticPaymentConsentsConsentIdFundsConfirmationV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Accounts (v4.0) */
        get: operations["GetAccountsV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/accounts/{AccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Accounts (v4.0) */
        get: operations["GetAccountsAccountIdV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Balances (v4.0) */
        get: operations["GetBalancesV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/accounts/{AccountId}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Balances (v4.0) */
        get: operations["GetAccountsAccountIdBalancesV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Transactions (v4.0) */
        get: operations["GetTransactionsV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/accounts/{AccountId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Transactions (v4.0) */
        get: operations["GetAccountsAccountIdTransactionsV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Scheduled Payments (v4.0) */
        get: operations["GetScheduledPaymentsV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/accounts/{AccountId}/scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Scheduled Payments (v4.0) */
        get: operations["GetAccountsAccountIdScheduledPaymentsV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Standing Orders (v4.0) */
        get: operations["GetStandingOrdersV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/aisp/accounts/{AccountId}/standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Standing Orders (v4.0) */
        get: operations["GetAccountsAccountIdStandingOrdersV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/cbpii/funds-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Funds Confirmation (v4.0) */
        post: operations["CreateFundsConfirmationsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-vrp-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a domestic VRP consent (v4.0)
         * @description Create a domestic VRP consent
         */
        post: operations["domesticVrpConsentsPostV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-vrp-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a domestic VRP consent (v4.0)
         * @description Retrieve a domestic VRP consent
         */
        get: operations["domesticVrpConsentsGetV4"];
        put?: never;
        post?: never;
        /**
         * Delete a domestic VRP (v4.0)
         * @description Delete a domestic VRP
         */
        delete: operations["domesticVrpConsentsDeleteV4"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-vrps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a domestic VRP (v4.0)
         * @description Create a domestic VRP
         */
        post: operations["domesticVrpPostV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-vrps/{DomesticVRPId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a domestic VRP (v4.0)
         * @description Retrieve a domestic VRP
         */
        get: operations["domesticVrpGetV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-vrps/{DomesticVRPId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a domestic VRP (v4.0)
         * @description Retrieve a domestic VRP
         */
        get: operations["domesticVrpPaymentDetailsGetV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-vrp-consents/{ConsentId}/funds-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm availability of funds for a VRP (v4.0)
         * @description Confirm availability of funds for a VRP
         */
        post: operations["domesticVrpConsentsFundsConfirmationV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Scheduled Payments (v4.0) */
        post: operations["CreateDomesticScheduledPaymentsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-scheduled-payments/{DomesticScheduledPaymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Scheduled Payments (v4.0) */
        get: operations["GetDomesticScheduledPaymentsDomesticScheduledPaymentIdV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-scheduled-payments/{DomesticScheduledPaymentId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Payment Details (v4.0) */
        get: operations["GetDomesticScheduledPaymentsDomesticScheduledPaymentIdPaymentDetailsV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Domestic Standing Orders (v4.0) */
        post: operations["CreateDomesticStandingOrdersV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-standing-orders/{DomesticStandingOrderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Domestic Standing Orders (v4.0) */
        get: operations["GetDomesticStandingOrdersDomesticStandingOrderIdV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/pisp/domestic-standing-orders/{DomesticStandingOrderId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Payment Details (v4.0) */
        get: operations["GetDomesticStandingOrdersDomesticStandingOrderIdPaymentDetailsV4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/event-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Event Subscription (v4.0) */
        get: operations["GetEventSubscriptionsV4"];
        put?: never;
        /** Create Event Subscription (v4.0) */
        post: operations["CreateEventSubscriptionsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/event-subscriptions/{EventSubscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change Event Subscription (v4.0) */
        put: operations["ChangeEventSubscriptionsEventSubscriptionIdV4"];
        post?: never;
        /** Delete Event Subscription (v4.0) */
        delete: operations["DeleteEventSubscriptionsEventSubscriptionIdV4"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-banking/v4.0/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Events (v4.0) */
        post: operations["CreateEventsV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the TPP's own usage
         * @description The calling TPP's plan and its resource API requests of a month (UK time), per day and API, with the month's total and what is left of the quota. Any of the TPP's client-credentials tokens; not counted itself.
         */
        get: operations["GetUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        OAuthError: {
            error: string;
            error_description?: string;
            /**
             * Format: uri
             * @description The code's entry on the error reference page, /docs/errors.
             */
            error_uri?: string;
        };
        PushedAuthorizationRequest: {
            /** @description Required with tls_client_auth; with private_key_jwt it is the assertion's iss and sub. */
            client_id?: string;
            /** @constant */
            client_assertion_type?: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            /** @description JWT signed PS256 or ES256 with the key of the software statement; aud is the issuer. */
            client_assertion?: string;
            /** @description A signed request object (JAR, RFC 9101, PS256/ES256) carrying the parameters below; required when the client registered a request_object_signing_alg. */
            request?: string;
            /** @constant */
            response_type?: "code";
            /** Format: uri */
            redirect_uri?: string;
            /** @description Space-separated: openid, offline_access and one of accounts, payments, fundsconfirmations */
            scope?: string;
            state?: string;
            nonce?: string;
            /** @description BASE64URL(SHA-256(code_verifier)) */
            code_challenge?: string;
            /** @constant */
            code_challenge_method?: "S256";
            /** @description JSON: {"id_token":{"openbanking_intent_id":{"value":"<ConsentId>","essential":true},"acr":{"essential":true,"values":["urn:openbanking:psd2:sca","urn:openbanking:psd2:ca"]}}} */
            claims?: string;
            /** @description JSON array (RAR, RFC 9396): an intent by type and consentId, or a plain FAPI 2.0 account_information / payment_initiation description */
            authorization_details?: string;
            /** @enum {unknown} */
            response_mode?: "query" | "jwt";
            /** @description Thumbprint of the DPoP key the code will be bound to */
            dpop_jkt?: string;
        };
        PushedAuthorizationResponse: {
            request_uri: string;
            expires_in: number;
        };
        TokenRequest: {
            /** @description Required with tls_client_auth; with private_key_jwt it is the assertion's iss and sub. */
            client_id?: string;
            /** @constant */
            client_assertion_type?: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            /** @description JWT signed PS256 or ES256 with the key of the software statement; aud is the issuer. */
            client_assertion?: string;
            /** @enum {unknown} */
            grant_type: "authorization_code" | "refresh_token" | "client_credentials";
            /** @description client_credentials: one of accounts, payments, fundsconfirmations */
            scope?: string;
            code?: string;
            /** Format: uri */
            redirect_uri?: string;
            code_verifier?: string;
            refresh_token?: string;
        };
        TokenResponse: {
            access_token: string;
            /**
             * @description DPoP when a proof was sent; Bearer for a token bound to the transport certificate
             * @enum {unknown}
             */
            token_type: "DPoP" | "Bearer";
            expires_in: number;
            scope?: string;
            refresh_token?: string;
            id_token?: string;
            authorization_details?: Record<string, never>[];
        };
        TokenReference: {
            /** @description Required with tls_client_auth; with private_key_jwt it is the assertion's iss and sub. */
            client_id?: string;
            /** @constant */
            client_assertion_type?: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            /** @description JWT signed PS256 or ES256 with the key of the software statement; aud is the issuer. */
            client_assertion?: string;
            token: string;
            /** @enum {unknown} */
            token_type_hint?: "access_token" | "refresh_token";
        };
        Introspection: {
            active: boolean;
            client_id?: string;
            scope?: string;
            exp?: number;
            token_type?: string;
            cnf?: {
                jkt?: string;
                "x5t#S256"?: string;
            };
        };
        ClientMetadata: {
            /** @description The SSA the directory signed (ssa.jwt in the kit) */
            software_statement: string;
            /** @enum {unknown} */
            token_endpoint_auth_method?: "private_key_jwt" | "tls_client_auth";
            redirect_uris?: string[];
            grant_types?: ("authorization_code" | "refresh_token" | "client_credentials")[];
            scope?: string;
            /** @enum {unknown} */
            token_endpoint_auth_signing_alg?: "PS256" | "ES256";
            /** @enum {unknown} */
            request_object_signing_alg?: "PS256" | "ES256";
            /** @enum {unknown} */
            id_token_signed_response_alg?: "PS256" | "ES256";
            tls_client_certificate_bound_access_tokens?: boolean;
            dpop_bound_access_tokens?: boolean;
        };
        RegisteredClient: {
            client_id: string;
            registration_access_token?: string;
            /** Format: uri */
            registration_client_uri?: string;
            /** @enum {unknown} */
            token_endpoint_auth_method?: "private_key_jwt" | "tls_client_auth";
            redirect_uris?: string[];
            scope?: string;
        };
        OBReadConsent1: {
            Data: {
                Permissions: ("ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadBeneficiariesBasic" | "ReadBeneficiariesDetail" | "ReadDirectDebits" | "ReadOffers" | "ReadPAN" | "ReadParty" | "ReadPartyPSU" | "ReadProducts" | "ReadScheduledPaymentsBasic" | "ReadScheduledPaymentsDetail" | "ReadStandingOrdersBasic" | "ReadStandingOrdersDetail" | "ReadStatementsBasic" | "ReadStatementsDetail" | "ReadTransactionsBasic" | "ReadTransactionsCredits" | "ReadTransactionsDebits" | "ReadTransactionsDetail")[];
                /**
                 * Format: date-time
                 * @description Specified date and time the permissions will expire.
                 *     If this is not populated, the permissions will be open ended.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpirationDateTime?: string;
                /**
                 * Format: date-time
                 * @description Specified start date and time for the transaction query period.
                 *     If this is not populated, the start date will be open ended, and data will be returned from the earliest available transaction.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                TransactionFromDateTime?: string;
                /**
                 * Format: date-time
                 * @description Specified end date and time for the transaction query period.
                 *     If this is not populated, the end date will be open ended, and data will be returned to the latest available transaction.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                TransactionToDateTime?: string;
            };
            Risk: components["schemas"]["OBRisk2"];
        };
        /** @description The Risk section is sent by the initiating party to the ASPSP. It is used to specify additional details for risk scoring for Account Info. */
        OBRisk2: Record<string, never>;
        OBReadConsentResponse1: {
            Data: {
                /** @description Unique identification as assigned to identify the account access consent resource. */
                ConsentId: string;
                CreationDateTime: components["schemas"]["CreationDateTime"];
                /**
                 * @description Specifies the status of consent resource in code form.
                 * @enum {string}
                 */
                Status: "Authorised" | "AwaitingAuthorisation" | "Rejected" | "Revoked";
                StatusUpdateDateTime: components["schemas"]["StatusUpdateDateTime"];
                Permissions: ("ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadBeneficiariesBasic" | "ReadBeneficiariesDetail" | "ReadDirectDebits" | "ReadOffers" | "ReadPAN" | "ReadParty" | "ReadPartyPSU" | "ReadProducts" | "ReadScheduledPaymentsBasic" | "ReadScheduledPaymentsDetail" | "ReadStandingOrdersBasic" | "ReadStandingOrdersDetail" | "ReadStatementsBasic" | "ReadStatementsDetail" | "ReadTransactionsBasic" | "ReadTransactionsCredits" | "ReadTransactionsDebits" | "ReadTransactionsDetail")[];
                /**
                 * Format: date-time
                 * @description Specified date and time the permissions will expire.
                 *     If this is not populated, the permissions will be open ended.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpirationDateTime?: string;
                /**
                 * Format: date-time
                 * @description Specified start date and time for the transaction query period.
                 *     If this is not populated, the start date will be open ended, and data will be returned from the earliest available transaction.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                TransactionFromDateTime?: string;
                /**
                 * Format: date-time
                 * @description Specified end date and time for the transaction query period.
                 *     If this is not populated, the end date will be open ended, and data will be returned to the latest available transaction.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                TransactionToDateTime?: string;
            };
            Risk: components["schemas"]["OBRisk2"];
            Links?: components["schemas"]["Links.account-info"];
            Meta?: components["schemas"]["Meta.account-info"];
        };
        /**
         * Format: date-time
         * @description Date and time at which the resource was created.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        CreationDateTime: string;
        /**
         * Format: date-time
         * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        StatusUpdateDateTime: string;
        /** @description Links relevant to the payload */
        "Links.account-info": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload
         */
        "Meta.account-info": {
            /** Format: int32 */
            TotalPages?: number;
            FirstAvailableDateTime?: components["schemas"]["ISODateTime"];
            LastAvailableDateTime?: components["schemas"]["ISODateTime"];
        };
        /**
         * Format: date-time
         * @description All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        ISODateTime: string;
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        OBErrorResponse1: {
            /** @description High level textual error code, to help categorize the errors. */
            Code: string;
            /** @description A unique reference for the error instance, for audit purposes, in case of unknown/unclassified errors. */
            Id?: string;
            /** @description Brief Error message, e.g., 'There is something wrong with the request parameters provided' */
            Message: string;
            Errors: components["schemas"]["OBError1.account-info"][];
        };
        "OBError1.account-info": {
            /** @description Low level textual error code, e.g., UK.OBIE.Field.Missing */
            ErrorCode: string;
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBIE doesn't standardise this field
             */
            Message: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        OBWriteDomesticConsent4: {
            Data: {
                /**
                 * @description Specifies to share the refund account details with PISP
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification: string;
                    LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.payment-initiation"];
                    /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
                    RemittanceInformation?: {
                        /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
                        Unstructured?: string;
                        /**
                         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                         *     OB: The Faster Payments Scheme can only accept 18 characters for the ReferenceInformation field - which is where this ISO field will be mapped.
                         */
                        Reference?: string;
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested.
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1"];
            };
            Risk: components["schemas"]["OBRisk1"];
        };
        /**
         * @description User community specific instrument.
         *     Usage: This element is used to specify a local instrument, local clearing option and/or further qualify the service or service level.
         */
        OBExternalLocalInstrument1Code: string;
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        OBActiveCurrencyAndAmount_SimpleType: string;
        /** @description A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
        "ActiveOrHistoricCurrencyCode.payment-initiation": string;
        /** @description Name of the identification scheme, in a coded form as published in an external list. */
        OBExternalAccountIdentification4Code: string;
        /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
        Identification_0: string;
        /**
         * @description This is secondary identification of the account, as assigned by the account servicing institution.
         *     This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination).
         */
        SecondaryIdentification: string;
        /** @description Information that locates and identifies a specific address, as defined by postal services. */
        "OBPostalAddress6.payment-initiation": {
            AddressType?: components["schemas"]["OBAddressTypeCode"];
            Department?: components["schemas"]["Department"];
            SubDepartment?: components["schemas"]["SubDepartment"];
            StreetName?: components["schemas"]["StreetName"];
            BuildingNumber?: components["schemas"]["BuildingNumber"];
            PostCode?: components["schemas"]["PostCode"];
            TownName?: components["schemas"]["TownName"];
            CountrySubDivision?: components["schemas"]["CountrySubDivision"];
            Country?: components["schemas"]["CountryCode"];
            AddressLine?: string[];
        };
        /**
         * @description Identifies the nature of the postal address.
         * @enum {string}
         */
        OBAddressTypeCode: "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Residential" | "Statement";
        /** @description Identification of a division of a large organisation or building. */
        Department: string;
        /** @description Identification of a sub-division of a large organisation or building. */
        SubDepartment: string;
        /** @description Name of a street or thoroughfare. */
        StreetName: string;
        /** @description Number that identifies the position of a building on a street. */
        BuildingNumber: string;
        /** @description Identifier consisting of a group of letters and/or numbers that is added to a postal address to assist the sorting of mail. */
        PostCode: string;
        /** @description Name of a built-up area, with defined boundaries, and a local government. */
        TownName: string;
        /** @description Identifies a subdivision of a country such as state, region, county. */
        CountrySubDivision: string;
        /** @description Nation with its own government. */
        CountryCode: string;
        /** @description Additional information that can not be captured in the structured fields and/or any other specific block. */
        OBSupplementaryData1: {
            [key: string]: unknown;
        };
        /** @description Supporting Data provided by TPP, when requesting SCA Exemption. */
        OBSCASupportData1: {
            /**
             * @description This field allows a PISP to request specific SCA Exemption for a Payment Initiation
             * @enum {string}
             */
            RequestedSCAExemptionType?: "BillPayment" | "ContactlessTravel" | "EcommerceGoods" | "EcommerceServices" | "Kiosk" | "Parking" | "PartyToParty";
            /**
             * @description Specifies a character string with a maximum length of 40 characters.
             *     Usage: This field indicates whether the PSU was subject to SCA performed by the TPP
             * @enum {string}
             */
            AppliedAuthenticationApproach?: "CA" | "SCA";
            /** @description If the payment is recurring, then this field is populated with the transaction identifier of the previous payment occurrence so that the ASPSP can verify that the PISP, amount and the payee are the same as the previous occurrence. The value here refers to the payment id e.g. DomesticPaymentId */
            ReferencePaymentOrderId?: string;
        };
        /**
         * @description The Risk section is sent by the initiating party to the ASPSP.
         *     It is used to specify additional details for risk scoring for Payments.
         */
        OBRisk1: {
            /**
             * @description Specifies the payment context
             *     * BillPayment - @deprecated
             *     * EcommerceGoods - @deprecated
             *     * EcommerceServices - @deprecated
             *     * Other - @deprecated
             *     * PartyToParty - @deprecated
             * @enum {string}
             */
            PaymentContextCode?: "BillingGoodsAndServicesInAdvance" | "BillingGoodsAndServicesInArrears" | "PispPayee" | "EcommerceMerchantInitiatedPayment" | "FaceToFacePointOfSale" | "TransferToSelf" | "TransferToThirdParty" | "BillPayment" | "EcommerceGoods" | "EcommerceServices" | "Other" | "PartyToParty";
            /** @description Category code conform to ISO 18245, related to the type of services or goods the merchant provides for the transaction. */
            MerchantCategoryCode?: string;
            /** @description The unique customer identifier of the PSU with the merchant. */
            MerchantCustomerIdentification?: string;
            /** @description Indicates if Payee has a contractual relationship with the PISP. */
            ContractPresentInidicator?: boolean;
            /** @description Indicates if PISP has immutably prepopulated payment details in for the PSU. */
            BeneficiaryPrepopulatedIndicator?: boolean;
            /** @description Category code, related to the type of services or goods that corresponds to the underlying purpose of the payment that conforms to Recommended UK Purpose Code in ISO 20022 Payment Messaging List */
            PaymentPurposeCode?: string;
            BeneficiaryAccountType?: components["schemas"]["OBExternalExtendedAccountType1Code"];
            /**
             * @description Information that locates and identifies a specific address,
             *     as defined by postal services or in free format text.
             */
            DeliveryAddress?: {
                AddressLine?: string[];
                StreetName?: components["schemas"]["StreetName"];
                BuildingNumber?: components["schemas"]["BuildingNumber"];
                PostCode?: components["schemas"]["PostCode"];
                TownName: components["schemas"]["TownName"];
                CountrySubDivision?: components["schemas"]["CountrySubDivision"];
                Country: components["schemas"]["CountryCode"];
            };
        };
        /**
         * @description Specifies the extended type of account.
         * @enum {string}
         */
        OBExternalExtendedAccountType1Code: "Business" | "BusinessSavingsAccount" | "Charity" | "Collection" | "Corporate" | "Ewallet" | "Government" | "Investment" | "ISA" | "JointPersonal" | "Pension" | "Personal" | "PersonalSavingsAccount" | "Premier" | "Wealth";
        OBWriteDomesticConsentResponse5: {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of consent resource in code form.
                 * @enum {string}
                 */
                Status: "Authorised" | "AwaitingAuthorisation" | "Consumed" | "Rejected";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                /**
                 * @description Specifies to share the refund account details with PISP
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /**
                 * Format: date-time
                 * @description Specified cut-off date and time for the payment consent.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CutOffDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedSettlementDateTime?: string;
                Charges?: {
                    ChargeBearer: components["schemas"]["OBChargeBearerType1Code"];
                    Type: components["schemas"]["OBExternalPaymentChargeType1Code.payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification: string;
                    LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.payment-initiation"];
                    /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
                    RemittanceInformation?: {
                        /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
                        Unstructured?: string;
                        /**
                         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                         *     OB: The Faster Payments Scheme can only accept 18 characters for the ReferenceInformation field - which is where this ISO field will be mapped.
                         */
                        Reference?: string;
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested.
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1"];
                Debtor?: components["schemas"]["OBCashAccountDebtor4"];
            };
            Risk: components["schemas"]["OBRisk1"];
            Links?: components["schemas"]["Links.payment-initiation"];
            Meta?: components["schemas"]["Meta.payment-initiation"];
        };
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction.
         * @enum {string}
         */
        OBChargeBearerType1Code: "BorneByCreditor" | "BorneByDebtor" | "FollowingServiceLevel" | "Shared";
        /** @description Charge type, in a coded form. */
        "OBExternalPaymentChargeType1Code.payment-initiation": string;
        /** @description Amount of money associated with the charge type. */
        "OBActiveOrHistoricCurrencyAndAmount.payment-initiation": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
        };
        /** @description ^ Only incuded in the response if `Data. ReadRefundAccount` is set to `Yes` in the consent. */
        OBCashAccountDebtor4: {
            /** @description ^ Name of the identification scheme, in a coded form as published in an external list. | Namespaced Enumeration OBExternalAccountIdentification4Code */
            SchemeName?: string;
            /** @description ^ Identification assigned by an institution to identify an account. This identification is known by the account owner. | Max256Text */
            Identification?: string;
            /** @description ^ Name of the account, as assigned by the account servicing institution.  Usage The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account. */
            Name?: string;
            /** @description ^ This is secondary identification of the account, as assigned by the account servicing institution.  This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination) | Max34Text */
            SecondaryIdentification?: string;
        };
        /** @description Links relevant to the payload */
        "Links.payment-initiation": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload
         */
        "Meta.payment-initiation": {
            /** Format: int32 */
            TotalPages?: number;
            FirstAvailableDateTime?: components["schemas"]["ISODateTime"];
            LastAvailableDateTime?: components["schemas"]["ISODateTime"];
        };
        "OBError1.payment-initiation": {
            /** @description Low level textual error code, e.g., UK.OBIE.Field.Missing */
            ErrorCode: string;
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBIE doesn't standardise this field
             */
            Message: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        OBWriteDomesticScheduledConsent4: {
            Data: {
                /**
                 * @description Specifies the Open Banking service request types.
                 * @enum {string}
                 */
                Permission: "Create";
                /**
                 * @description Specifies to share the refund account details with PISP
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single scheduled domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification?: string;
                    LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                    /**
                     * Format: date-time
                     * @description Date at which the initiating party requests the clearing agent to process the payment.
                     *     Usage: This is the date on which the debtor's account is to be debited.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RequestedExecutionDateTime: string;
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.payment-initiation"];
                    /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
                    RemittanceInformation?: {
                        /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
                        Unstructured?: string;
                        /**
                         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                         *     OB: The Faster Payments Scheme can only accept 18 characters for the ReferenceInformation field - which is where this ISO field will be mapped.
                         */
                        Reference?: string;
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested.
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1"];
            };
            Risk: components["schemas"]["OBRisk1"];
        };
        OBWriteDomesticScheduledConsentResponse5: {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of consent resource in code form.
                 * @enum {string}
                 */
                Status: "Authorised" | "AwaitingAuthorisation" | "Consumed" | "Rejected";
                /**
                 * Format: date-time
                 * @description Date and time at which the consent resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                /**
                 * @description Specifies the Open Banking service request types.
                 * @enum {string}
                 */
                Permission: "Create";
                /**
                 * @description Specifies to share the refund account details with PISP
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /**
                 * Format: date-time
                 * @description Specified cut-off date and time for the payment consent.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CutOffDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedSettlementDateTime?: string;
                Charges?: {
                    ChargeBearer: components["schemas"]["OBChargeBearerType1Code"];
                    Type: components["schemas"]["OBExternalPaymentChargeType1Code.payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single scheduled domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification?: string;
                    LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                    /**
                     * Format: date-time
                     * @description Date at which the initiating party requests the clearing agent to process the payment.
                     *     Usage: This is the date on which the debtor's account is to be debited.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RequestedExecutionDateTime: string;
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.payment-initiation"];
                    /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
                    RemittanceInformation?: {
                        /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
                        Unstructured?: string;
                        /**
                         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                         *     OB: The Faster Payments Scheme can only accept 18 characters for the ReferenceInformation field - which is where this ISO field will be mapped.
                         */
                        Reference?: string;
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested.
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1"];
                Debtor?: components["schemas"]["OBCashAccountDebtor4"];
            };
            Risk: components["schemas"]["OBRisk1"];
            Links?: components["schemas"]["Links.payment-initiation"];
            Meta?: components["schemas"]["Meta.payment-initiation"];
        };
        OBWriteDomesticStandingOrderConsent5: {
            Data: {
                /**
                 * @description Specifies the Open Banking service request types.
                 * @enum {string}
                 */
                Permission: "Create";
                /**
                 * @description Specifies to share the refund account details with PISP
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a domestic standing order. */
                Initiation: {
                    /**
                     * @description Individual Definitions:
                     *     EvryDay - Every day
                     *     EvryWorkgDay - Every working day
                     *     IntrvlWkDay - An interval specified in weeks (01 to 09), and the day within the week (01 to 07)
                     *     WkInMnthDay - A monthly interval, specifying the week of the month (01 to 05) and day within the week (01 to 07)
                     *     IntrvlMnthDay - An interval specified in months (between 01 to 06, 12, 24), specifying the day within the month (-5 to -1, 1 to 31)
                     *     QtrDay - Quarterly (either ENGLISH, SCOTTISH, or RECEIVED).
                     *     ENGLISH = Paid on the 25th March, 24th June, 29th September and 25th December.
                     *     SCOTTISH = Paid on the 2nd February, 15th May, 1st August and 11th November.
                     *     RECEIVED = Paid on the 20th March, 19th June, 24th September and 20th December.
                     *     Individual Patterns:
                     *     EvryDay (ScheduleCode)
                     *     EvryWorkgDay (ScheduleCode)
                     *     IntrvlWkDay:IntervalInWeeks:DayInWeek (ScheduleCode + IntervalInWeeks + DayInWeek)
                     *     WkInMnthDay:WeekInMonth:DayInWeek (ScheduleCode + WeekInMonth + DayInWeek)
                     *     IntrvlMnthDay:IntervalInMonths:DayInMonth (ScheduleCode + IntervalInMonths + DayInMonth)
                     *     QtrDay: + either (ENGLISH, SCOTTISH or RECEIVED) ScheduleCode + QuarterDay
                     *     The regular expression for this element combines five smaller versions for each permitted pattern. To aid legibility - the components are presented individually here:
                     *     EvryDay
                     *     EvryWorkgDay
                     *     IntrvlWkDay:0[1-9]:0[1-7]
                     *     WkInMnthDay:0[1-5]:0[1-7]
                     *     IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01])
                     *     QtrDay:(ENGLISH|SCOTTISH|RECEIVED)
                     *     Full Regular Expression:
                     *     ^(EvryDay)$|^(EvryWorkgDay)$|^(IntrvlWkDay:0[1-9]:0[1-7])$|^(WkInMnthDay:0[1-5]:0[1-7])$|^(IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01]))$|^(QtrDay:(ENGLISH|SCOTTISH|RECEIVED))$
                     */
                    Frequency: string;
                    /**
                     * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                     *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                     *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                     */
                    Reference?: string;
                    /** @description Number of the payments that will be made in completing this frequency sequence including any executed since the sequence start date. */
                    NumberOfPayments?: string;
                    /**
                     * Format: date-time
                     * @description The date on which the first payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FirstPaymentDateTime: string;
                    /**
                     * Format: date-time
                     * @description The date on which the first recurring payment for a Standing Order schedule will be made.
                     *     Usage: This must be populated only if the first recurring date is different to the first payment date.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RecurringPaymentDateTime?: string;
                    /**
                     * Format: date-time
                     * @description The date on which the final payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FinalPaymentDateTime?: string;
                    /** @description The amount of the first Standing Order */
                    FirstPaymentAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description The amount of the recurring Standing Order */
                    RecurringPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description The amount of the final Standing Order */
                    FinalPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Provides the details to identify the debtor account. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested.
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1"];
            };
            Risk: components["schemas"]["OBRisk1"];
        };
        OBWriteDomesticStandingOrderConsentResponse6: {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of consent resource in code form.
                 * @enum {string}
                 */
                Status: "Authorised" | "AwaitingAuthorisation" | "Consumed" | "Rejected";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                /**
                 * @description Specifies the Open Banking service request types.
                 * @enum {string}
                 */
                Permission: "Create";
                /**
                 * @description Specifies to share the refund account details with PISP
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /**
                 * Format: date-time
                 * @description Specified cut-off date and time for the payment consent.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CutOffDateTime?: string;
                Charges?: {
                    ChargeBearer: components["schemas"]["OBChargeBearerType1Code"];
                    Type: components["schemas"]["OBExternalPaymentChargeType1Code.payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a domestic standing order. */
                Initiation: {
                    /**
                     * @description Individual Definitions:
                     *     EvryDay - Every day
                     *     EvryWorkgDay - Every working day
                     *     IntrvlWkDay - An interval specified in weeks (01 to 09), and the day within the week (01 to 07)
                     *     WkInMnthDay - A monthly interval, specifying the week of the month (01 to 05) and day within the week (01 to 07)
                     *     IntrvlMnthDay - An interval specified in months (between 01 to 06, 12, 24), specifying the day within the month (-5 to -1, 1 to 31)
                     *     QtrDay - Quarterly (either ENGLISH, SCOTTISH, or RECEIVED).
                     *     ENGLISH = Paid on the 25th March, 24th June, 29th September and 25th December.
                     *     SCOTTISH = Paid on the 2nd February, 15th May, 1st August and 11th November.
                     *     RECEIVED = Paid on the 20th March, 19th June, 24th September and 20th December.
                     *     Individual Patterns:
                     *     EvryDay (ScheduleCode)
                     *     EvryWorkgDay (ScheduleCode)
                     *     IntrvlWkDay:IntervalInWeeks:DayInWeek (ScheduleCode + IntervalInWeeks + DayInWeek)
                     *     WkInMnthDay:WeekInMonth:DayInWeek (ScheduleCode + WeekInMonth + DayInWeek)
                     *     IntrvlMnthDay:IntervalInMonths:DayInMonth (ScheduleCode + IntervalInMonths + DayInMonth)
                     *     QtrDay: + either (ENGLISH, SCOTTISH or RECEIVED) ScheduleCode + QuarterDay
                     *     The regular expression for this element combines five smaller versions for each permitted pattern. To aid legibility - the components are presented individually here:
                     *     EvryDay
                     *     EvryWorkgDay
                     *     IntrvlWkDay:0[1-9]:0[1-7]
                     *     WkInMnthDay:0[1-5]:0[1-7]
                     *     IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01])
                     *     QtrDay:(ENGLISH|SCOTTISH|RECEIVED)
                     *     Full Regular Expression:
                     *     ^(EvryDay)$|^(EvryWorkgDay)$|^(IntrvlWkDay:0[1-9]:0[1-7])$|^(WkInMnthDay:0[1-5]:0[1-7])$|^(IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01]))$|^(QtrDay:(ENGLISH|SCOTTISH|RECEIVED))$
                     */
                    Frequency: string;
                    /**
                     * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                     *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                     *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                     */
                    Reference?: string;
                    /** @description Number of the payments that will be made in completing this frequency sequence including any executed since the sequence start date. */
                    NumberOfPayments?: string;
                    /**
                     * Format: date-time
                     * @description The date on which the first payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FirstPaymentDateTime: string;
                    /**
                     * Format: date-time
                     * @description The date on which the first recurring payment for a Standing Order schedule will be made.
                     *     Usage: This must be populated only if the first recurring date is different to the first payment date.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RecurringPaymentDateTime?: string;
                    /**
                     * Format: date-time
                     * @description The date on which the final payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FinalPaymentDateTime?: string;
                    /** @description The amount of the first Standing Order */
                    FirstPaymentAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description The amount of the recurring Standing Order */
                    RecurringPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description The amount of the final Standing Order */
                    FinalPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested.
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1"];
                Debtor?: components["schemas"]["OBCashAccountDebtor4"];
            };
            Risk: components["schemas"]["OBRisk1"];
            Links?: components["schemas"]["Links.payment-initiation"];
            Meta?: components["schemas"]["Meta.payment-initiation"];
        };
        OBFundsConfirmationConsent1: {
            Data: {
                /**
                 * Format: date-time
                 * @description Specified date and time the funds confirmation authorisation will expire.
                 *      If this is not populated, the authorisation will be open ended.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpirationDateTime?: string;
                /** @description Unambiguous identification of the account of the debtor to which a confirmation of funds consent will be applied. */
                DebtorAccount: {
                    /** @description Name of the identification scheme, in a coded form as published in an external list. */
                    SchemeName: string;
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    Identification: string;
                    /**
                     * @description Name of the account, as assigned by the account servicing institution.
                     *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                     */
                    Name?: string;
                    /**
                     * @description This is secondary identification of the account, as assigned by the account servicing institution.
                     *     This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination).
                     */
                    SecondaryIdentification?: string;
                };
            };
        };
        OBFundsConfirmationConsentResponse1: {
            Data: {
                /** @description Unique identification as assigned to identify the funds confirmation consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of consent resource in code form.
                 * @enum {string}
                 */
                Status: "Authorised" | "AwaitingAuthorisation" | "Rejected" | "Revoked";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                /**
                 * Format: date-time
                 * @description Specified date and time the funds confirmation authorisation will expire.
                 *     If this is not populated, the authorisation will be open ended.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpirationDateTime?: string;
                /** @description Unambiguous identification of the account of the debtor to which a confirmation of funds consent will be applied. */
                DebtorAccount: {
                    /** @description Name of the identification scheme, in a coded form as published in an external list. */
                    SchemeName: string;
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    Identification: string;
                    /**
                     * @description Name of the account, as assigned by the account servicing institution.
                     *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                     */
                    Name?: string;
                    /**
                     * @description This is secondary identification of the account, as assigned by the account servicing institution.
                     *     This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination).
                     */
                    SecondaryIdentification?: string;
                };
            };
            Links?: components["schemas"]["Links.confirmation-funds"];
            Meta?: components["schemas"]["Meta.confirmation-funds"];
        };
        /** @description Links relevant to the payload */
        "Links.confirmation-funds": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload
         */
        "Meta.confirmation-funds": {
            /** Format: int32 */
            TotalPages?: number;
            FirstAvailableDateTime?: components["schemas"]["ISODateTime"];
            LastAvailableDateTime?: components["schemas"]["ISODateTime"];
        };
        "OBError1.confirmation-funds": {
            /** @description Low level textual error code, e.g., UK.OBIE.Field.Missing */
            ErrorCode: string;
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBIE doesn't standardise this field
             */
            Message: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        OBWriteDomestic2: {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification: string;
                    LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.payment-initiation"];
                    /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
                    RemittanceInformation?: {
                        /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
                        Unstructured?: string;
                        /**
                         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                         *     OB: The Faster Payments Scheme can only accept 18 characters for the ReferenceInformation field - which is where this ISO field will be mapped.
                         */
                        Reference?: string;
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
            };
            Risk: components["schemas"]["OBRisk1"];
        };
        OBWriteDomesticResponse5: {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the domestic payment resource. */
                DomesticPaymentId: string;
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the message was created.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of the payment information group.
                 * @enum {string}
                 */
                Status: "AcceptedCreditSettlementCompleted" | "AcceptedSettlementCompleted" | "AcceptedSettlementInProcess" | "AcceptedWithoutPosting" | "Pending" | "Rejected";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedSettlementDateTime?: string;
                /** @description Unambiguous identification of the refund account to which a refund will be made as a result of the transaction. */
                Refund?: {
                    /** @description Provides the details to identify an account. */
                    Account: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description Name of the account, as assigned by the account servicing institution.
                         *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                };
                Charges?: {
                    ChargeBearer: components["schemas"]["OBChargeBearerType1Code"];
                    Type: components["schemas"]["OBExternalPaymentChargeType1Code.payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification: string;
                    LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.payment-initiation"];
                    /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
                    RemittanceInformation?: {
                        /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
                        Unstructured?: string;
                        /**
                         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                         *     OB: The Faster Payments Scheme can only accept 18 characters for the ReferenceInformation field - which is where this ISO field will be mapped.
                         */
                        Reference?: string;
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The multiple authorisation flow response from the ASPSP. */
                MultiAuthorisation?: {
                    /**
                     * @description Specifies the status of the authorisation flow in code form.
                     * @enum {string}
                     */
                    Status: "Authorised" | "AwaitingFurtherAuthorisation" | "Rejected";
                    /** @description Number of authorisations required for payment order (total required at the start of the multi authorisation journey). */
                    NumberRequired?: number;
                    /** @description Number of authorisations received. */
                    NumberReceived?: number;
                    /**
                     * Format: date-time
                     * @description Last date and time at the authorisation flow was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    LastUpdateDateTime?: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    ExpirationDateTime?: string;
                };
                Debtor?: components["schemas"]["OBCashAccountDebtor4"];
            };
            Links?: components["schemas"]["Links.payment-initiation"];
            Meta?: components["schemas"]["Meta.payment-initiation"];
        };
        OBWritePaymentDetailsResponse1: {
            Data: {
                PaymentStatus?: {
                    /** @description Unique identifier for the transaction within an servicing institution. This identifier is both unique and immutable. */
                    PaymentTransactionId: string;
                    /**
                     * @description Status of a transfe, as assigned by the transaction administrator.
                     * @enum {string}
                     */
                    Status: "Accepted" | "AcceptedCancellationRequest" | "AcceptedCreditSettlementCompleted" | "AcceptedCustomerProfile" | "AcceptedFundsChecked" | "AcceptedSettlementCompleted" | "AcceptedSettlementInProcess" | "AcceptedTechnicalValidation" | "AcceptedWithChange" | "AcceptedWithoutPosting" | "Cancelled" | "NoCancellationProcess" | "PartiallyAcceptedCancellationRequest" | "PartiallyAcceptedTechnicalCorrect" | "PaymentCancelled" | "Pending" | "PendingCancellationRequest" | "Received" | "Rejected" | "RejectedCancellationRequest";
                    /**
                     * Format: date-time
                     * @description Date and time at which the status was assigned to the transfer.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    StatusUpdateDateTime: string;
                    /** @description Payment status details as per underlying Payment Rail. */
                    StatusDetail?: {
                        LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                        /** @description Status of a transfer, as assigned by the transaction administrator. */
                        Status: string;
                        /**
                         * @description Reason Code provided for the status of a transfer.
                         * @enum {string}
                         */
                        StatusReason?: "Cancelled" | "PendingFailingSettlement" | "PendingSettlement" | "Proprietary" | "ProprietaryRejection" | "Suspended" | "Unmatched";
                        /** @description Reason provided for the status of a transfer. */
                        StatusReasonDescription?: string;
                    };
                }[];
            };
            Links?: components["schemas"]["Links.payment-initiation"];
            Meta?: components["schemas"]["Meta.payment-initiation"];
        };
        OBWriteFundsConfirmationResponse1: {
            Data: {
                /** @description Result of a funds availability check. */
                FundsAvailableResult?: {
                    /**
                     * Format: date-time
                     * @description Date and time at which the funds availability check was generated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FundsAvailableDateTime: string;
                    /** @description Flag to indicate the availability of funds given the Amount in the consent request. */
                    FundsAvailable: boolean;
                };
                SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
            };
            Links?: components["schemas"]["Links.payment-initiation"];
            Meta?: components["schemas"]["Meta.payment-initiation"];
        };
        OBWriteDomesticScheduled2: {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single scheduled domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification?: string;
                    LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                    /**
                     * Format: date-time
                     * @description Date at which the initiating party requests the clearing agent to process the payment.
                     *     Usage: This is the date on which the debtor's account is to be debited.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RequestedExecutionDateTime: string;
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.payment-initiation"];
                    /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
                    RemittanceInformation?: {
                        /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
                        Unstructured?: string;
                        /**
                         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                         *     OB: The Faster Payments Scheme can only accept 18 characters for the ReferenceInformation field - which is where this ISO field will be mapped.
                         */
                        Reference?: string;
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
            };
            Risk: components["schemas"]["OBRisk1"];
        };
        OBWriteDomesticScheduledResponse5: {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the domestic schedule payment resource. */
                DomesticScheduledPaymentId: string;
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the message was created.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of the payment order resource.
                 * @enum {string}
                 */
                Status: "Cancelled" | "InitiationCompleted" | "InitiationFailed" | "InitiationPending";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedSettlementDateTime?: string;
                /** @description Unambiguous identification of the refund account to which a refund will be made as a result of the transaction. */
                Refund?: {
                    /** @description Provides the details to identify an account. */
                    Account: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description Name of the account, as assigned by the account servicing institution.
                         *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                };
                Charges?: {
                    ChargeBearer: components["schemas"]["OBChargeBearerType1Code"];
                    Type: components["schemas"]["OBExternalPaymentChargeType1Code.payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single scheduled domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification?: string;
                    LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                    /**
                     * Format: date-time
                     * @description Date at which the initiating party requests the clearing agent to process the payment.
                     *     Usage: This is the date on which the debtor's account is to be debited.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RequestedExecutionDateTime: string;
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.payment-initiation"];
                    /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
                    RemittanceInformation?: {
                        /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
                        Unstructured?: string;
                        /**
                         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                         *     OB: The Faster Payments Scheme can only accept 18 characters for the ReferenceInformation field - which is where this ISO field will be mapped.
                         */
                        Reference?: string;
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The multiple authorisation flow response from the ASPSP. */
                MultiAuthorisation?: {
                    /**
                     * @description Specifies the status of the authorisation flow in code form.
                     * @enum {string}
                     */
                    Status: "Authorised" | "AwaitingFurtherAuthorisation" | "Rejected";
                    /** @description Number of authorisations required for payment order (total required at the start of the multi authorisation journey). */
                    NumberRequired?: number;
                    /** @description Number of authorisations received. */
                    NumberReceived?: number;
                    /**
                     * Format: date-time
                     * @description Last date and time at the authorisation flow was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    LastUpdateDateTime?: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    ExpirationDateTime?: string;
                };
                Debtor?: components["schemas"]["OBCashAccountDebtor4"];
            };
            Links?: components["schemas"]["Links.payment-initiation"];
            Meta?: components["schemas"]["Meta.payment-initiation"];
        };
        OBWriteDomesticStandingOrder3: {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a domestic standing order. */
                Initiation: {
                    /**
                     * @description Individual Definitions:
                     *     EvryDay - Every day
                     *     EvryWorkgDay - Every working day
                     *     IntrvlWkDay - An interval specified in weeks (01 to 09), and the day within the week (01 to 07)
                     *     WkInMnthDay - A monthly interval, specifying the week of the month (01 to 05) and day within the week (01 to 07)
                     *     IntrvlMnthDay - An interval specified in months (between 01 to 06, 12, 24), specifying the day within the month (-5 to -1, 1 to 31)
                     *     QtrDay - Quarterly (either ENGLISH, SCOTTISH, or RECEIVED).
                     *     ENGLISH = Paid on the 25th March, 24th June, 29th September and 25th December.
                     *     SCOTTISH = Paid on the 2nd February, 15th May, 1st August and 11th November.
                     *     RECEIVED = Paid on the 20th March, 19th June, 24th September and 20th December.
                     *     Individual Patterns:
                     *     EvryDay (ScheduleCode)
                     *     EvryWorkgDay (ScheduleCode)
                     *     IntrvlWkDay:IntervalInWeeks:DayInWeek (ScheduleCode + IntervalInWeeks + DayInWeek)
                     *     WkInMnthDay:WeekInMonth:DayInWeek (ScheduleCode + WeekInMonth + DayInWeek)
                     *     IntrvlMnthDay:IntervalInMonths:DayInMonth (ScheduleCode + IntervalInMonths + DayInMonth)
                     *     QtrDay: + either (ENGLISH, SCOTTISH or RECEIVED) ScheduleCode + QuarterDay
                     *     The regular expression for this element combines five smaller versions for each permitted pattern. To aid legibility - the components are presented individually here:
                     *     EvryDay
                     *     EvryWorkgDay
                     *     IntrvlWkDay:0[1-9]:0[1-7]
                     *     WkInMnthDay:0[1-5]:0[1-7]
                     *     IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01])
                     *     QtrDay:(ENGLISH|SCOTTISH|RECEIVED)
                     *     Full Regular Expression:
                     *     ^(EvryDay)$|^(EvryWorkgDay)$|^(IntrvlWkDay:0[1-9]:0[1-7])$|^(WkInMnthDay:0[1-5]:0[1-7])$|^(IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01]))$|^(QtrDay:(ENGLISH|SCOTTISH|RECEIVED))$
                     */
                    Frequency: string;
                    /**
                     * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                     *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                     *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                     */
                    Reference?: string;
                    /** @description Number of the payments that will be made in completing this frequency sequence including any executed since the sequence start date. */
                    NumberOfPayments?: string;
                    /**
                     * Format: date-time
                     * @description The date on which the first payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FirstPaymentDateTime: string;
                    /**
                     * Format: date-time
                     * @description The date on which the first recurring payment for a Standing Order schedule will be made.
                     *     Usage: This must be populated only if the first recurring date is different to the first payment date.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RecurringPaymentDateTime?: string;
                    /**
                     * Format: date-time
                     * @description The date on which the final payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FinalPaymentDateTime?: string;
                    /** @description The amount of the first Standing Order */
                    FirstPaymentAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description The amount of the recurring Standing Order */
                    RecurringPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description The amount of the final Standing Order */
                    FinalPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Provides the details to identify the debtor account. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
            };
            Risk: components["schemas"]["OBRisk1"];
        };
        OBWriteDomesticStandingOrderResponse6: {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the domestic standing order resource. */
                DomesticStandingOrderId: string;
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of the payment order resource.
                 * @enum {string}
                 */
                Status: "Cancelled" | "InitiationCompleted" | "InitiationFailed" | "InitiationPending";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                /** @description Unambiguous identification of the refund account to which a refund will be made as a result of the transaction. */
                Refund?: {
                    /** @description Provides the details to identify an account. */
                    Account: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description Name of the account, as assigned by the account servicing institution.
                         *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                };
                Charges?: {
                    ChargeBearer: components["schemas"]["OBChargeBearerType1Code"];
                    Type: components["schemas"]["OBExternalPaymentChargeType1Code.payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a domestic standing order. */
                Initiation: {
                    /**
                     * @description Individual Definitions:
                     *     EvryDay - Every day
                     *     EvryWorkgDay - Every working day
                     *     IntrvlWkDay - An interval specified in weeks (01 to 09), and the day within the week (01 to 07)
                     *     WkInMnthDay - A monthly interval, specifying the week of the month (01 to 05) and day within the week (01 to 07)
                     *     IntrvlMnthDay - An interval specified in months (between 01 to 06, 12, 24), specifying the day within the month (-5 to -1, 1 to 31)
                     *     QtrDay - Quarterly (either ENGLISH, SCOTTISH, or RECEIVED).
                     *     ENGLISH = Paid on the 25th March, 24th June, 29th September and 25th December.
                     *     SCOTTISH = Paid on the 2nd February, 15th May, 1st August and 11th November.
                     *     RECEIVED = Paid on the 20th March, 19th June, 24th September and 20th December.
                     *     Individual Patterns:
                     *     EvryDay (ScheduleCode)
                     *     EvryWorkgDay (ScheduleCode)
                     *     IntrvlWkDay:IntervalInWeeks:DayInWeek (ScheduleCode + IntervalInWeeks + DayInWeek)
                     *     WkInMnthDay:WeekInMonth:DayInWeek (ScheduleCode + WeekInMonth + DayInWeek)
                     *     IntrvlMnthDay:IntervalInMonths:DayInMonth (ScheduleCode + IntervalInMonths + DayInMonth)
                     *     QtrDay: + either (ENGLISH, SCOTTISH or RECEIVED) ScheduleCode + QuarterDay
                     *     The regular expression for this element combines five smaller versions for each permitted pattern. To aid legibility - the components are presented individually here:
                     *     EvryDay
                     *     EvryWorkgDay
                     *     IntrvlWkDay:0[1-9]:0[1-7]
                     *     WkInMnthDay:0[1-5]:0[1-7]
                     *     IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01])
                     *     QtrDay:(ENGLISH|SCOTTISH|RECEIVED)
                     *     Full Regular Expression:
                     *     ^(EvryDay)$|^(EvryWorkgDay)$|^(IntrvlWkDay:0[1-9]:0[1-7])$|^(WkInMnthDay:0[1-5]:0[1-7])$|^(IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01]))$|^(QtrDay:(ENGLISH|SCOTTISH|RECEIVED))$
                     */
                    Frequency: string;
                    /**
                     * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
                     *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
                     *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
                     */
                    Reference?: string;
                    /** @description Number of the payments that will be made in completing this frequency sequence including any executed since the sequence start date. */
                    NumberOfPayments?: string;
                    /**
                     * Format: date-time
                     * @description The date on which the first payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FirstPaymentDateTime: string;
                    /**
                     * Format: date-time
                     * @description The date on which the first recurring payment for a Standing Order schedule will be made.
                     *     Usage: This must be populated only if the first recurring date is different to the first payment date.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RecurringPaymentDateTime?: string;
                    /**
                     * Format: date-time
                     * @description The date on which the final payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FinalPaymentDateTime?: string;
                    /** @description The amount of the first Standing Order */
                    FirstPaymentAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description The amount of the recurring Standing Order */
                    RecurringPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description The amount of the final Standing Order */
                    FinalPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                        Identification: components["schemas"]["Identification_0"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
                    };
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The multiple authorisation flow response from the ASPSP. */
                MultiAuthorisation?: {
                    /**
                     * @description Specifies the status of the authorisation flow in code form.
                     * @enum {string}
                     */
                    Status: "Authorised" | "AwaitingFurtherAuthorisation" | "Rejected";
                    /** @description Number of authorisations required for payment order (total required at the start of the multi authorisation journey). */
                    NumberRequired?: number;
                    /** @description Number of authorisations received. */
                    NumberReceived?: number;
                    /**
                     * Format: date-time
                     * @description Last date and time at the authorisation flow was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    LastUpdateDateTime?: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    ExpirationDateTime?: string;
                };
                Debtor?: components["schemas"]["OBCashAccountDebtor4"];
            };
            Links?: components["schemas"]["Links.payment-initiation"];
            Meta?: components["schemas"]["Meta.payment-initiation"];
        };
        OBReadAccount6: {
            Data: {
                Account?: components["schemas"]["OBAccount6"][];
            };
            Links?: components["schemas"]["Links.account-info"];
            Meta?: components["schemas"]["Meta.account-info"];
        };
        /**
         * @description Unambiguous identification of the account to which credit and debit entries are made. The following fields are optional only for accounts that are switched:
         *
         *       * Data.Currency
         *       * Data.AccountType
         *       * Data.AccountSubType
         *
         *     For all other accounts, the fields must be populated by the ASPSP.
         */
        OBAccount6: {
            AccountId: components["schemas"]["AccountId"];
            Status?: components["schemas"]["OBAccountStatus1Code"];
            StatusUpdateDateTime?: components["schemas"]["StatusUpdateDateTime"];
            Currency?: components["schemas"]["ActiveOrHistoricCurrencyCode_0"];
            AccountType?: components["schemas"]["OBExternalAccountType1Code"];
            AccountSubType?: components["schemas"]["OBExternalAccountSubType1Code"];
            Description?: components["schemas"]["Description_0"];
            Nickname?: components["schemas"]["Nickname"];
            OpeningDate?: components["schemas"]["OpeningDate"];
            MaturityDate?: components["schemas"]["MaturityDate"];
            SwitchStatus?: components["schemas"]["OBExternalSwitchStatusCode"];
            Account?: {
                SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
                Identification: components["schemas"]["Identification_0"];
                Name?: components["schemas"]["Name_0"];
                SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
            }[];
            Servicer?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification5_0"];
        };
        /** @description A unique and immutable identifier used to identify the account resource. This identifier has no meaning to the account owner. */
        AccountId: string;
        /**
         * @description Specifies the status of account resource in code form.
         * @enum {string}
         */
        OBAccountStatus1Code: "Deleted" | "Disabled" | "Enabled" | "Pending" | "ProForma";
        /**
         * @description Identification of the currency in which the account is held.
         *     Usage: Currency should only be used in case one and the same account number covers several currencies
         *     and the initiating party needs to identify which currency needs to be used for settlement on the account.
         */
        ActiveOrHistoricCurrencyCode_0: string;
        /**
         * @description Specifies the type of account (personal or business).
         * @enum {string}
         */
        OBExternalAccountType1Code: "Business" | "Personal";
        /**
         * @description Specifies the sub type of account (product family group).
         * @enum {string}
         */
        OBExternalAccountSubType1Code: "ChargeCard" | "CreditCard" | "CurrentAccount" | "EMoney" | "Loan" | "Mortgage" | "PrePaidCard" | "Savings" | "Wallet";
        /** @description Specifies the description of the account type. */
        Description_0: string;
        /** @description The nickname of the account, assigned by the account owner in order to provide an additional means of identification of the account. */
        Nickname: string;
        /**
         * Format: date-time
         * @description Date on which the account and related basic services are effectively operational for the account owner.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        OpeningDate: string;
        /**
         * Format: date-time
         * @description Maturity date of the account.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        MaturityDate: string;
        /** @description Specifies the switch status for the account, in a coded form. */
        OBExternalSwitchStatusCode: string;
        /**
         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
         *     Note, the account name is not the product name or the nickname of the account.
         */
        Name_0: string;
        /** @description Party that manages the account on behalf of the account owner, that is manages the registration and booking of entries on the account, calculates balances on the account and provides information about the account. */
        OBBranchAndFinancialInstitutionIdentification5_0: {
            SchemeName: components["schemas"]["OBExternalFinancialInstitutionIdentification4Code"];
            Identification: components["schemas"]["Identification_1"];
        };
        /** @description Name of the identification scheme, in a coded form as published in an external list. */
        OBExternalFinancialInstitutionIdentification4Code: string;
        /** @description Unique and unambiguous identification of the servicing institution. */
        Identification_1: string;
        OBReadBalance1: {
            Data: {
                Balance: {
                    AccountId: components["schemas"]["AccountId"];
                    CreditDebitIndicator: components["schemas"]["OBCreditDebitCode_2"];
                    Type: components["schemas"]["OBBalanceType1Code"];
                    /**
                     * Format: date-time
                     * @description Indicates the date (and time) of the balance.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    DateTime: string;
                    /** @description Amount of money of the cash balance. */
                    Amount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                        /**
                         * @description The amount in the domestic or base accounting currency. Default is Base Currency (BCUR) if not specified
                         * @default BaseCurrency
                         * @enum {string}
                         */
                        SubType: "BaseCurrency" | "LocalCurrency";
                    };
                    CreditLine?: {
                        /**
                         * @description Indicates whether or not the credit line is included in the balance of the account.
                         *     Usage: If not present, credit line is not included in the balance amount of the account.
                         */
                        Included: boolean;
                        /**
                         * @description Limit type, in a coded form.
                         * @enum {string}
                         */
                        Type?: "Available" | "Credit" | "Emergency" | "Pre-Agreed" | "Temporary";
                        /** @description Amount of money of the credit line. */
                        Amount?: {
                            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                        };
                    }[];
                    /** @description Optional component providing the equivalent of Amount in local currency. Default is Local Currency (LCUR) if not specified */
                    LocalAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                        /**
                         * @description The amount in the local market currency for which the asset is held.
                         * @default LocalCurrency
                         * @enum {string}
                         */
                        SubType: "BaseCurrency" | "LocalCurrency";
                    };
                }[];
                /** @description Combined sum of all Amounts in the accounts base currency */
                TotalValue?: {
                    Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                    Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                };
            };
            Links?: components["schemas"]["Links.account-info"];
            Meta?: components["schemas"]["Meta.account-info"];
        };
        /**
         * @description Indicates whether the balance is a credit or a debit balance.
         *     Usage: A zero balance is considered to be a credit balance.
         * @enum {string}
         */
        OBCreditDebitCode_2: "Credit" | "Debit";
        /**
         * @description Balance type, in a coded form.
         * @enum {string}
         */
        OBBalanceType1Code: "ClosingAvailable" | "ClosingBooked" | "ClosingCleared" | "Expected" | "ForwardAvailable" | "Information" | "InterimAvailable" | "InterimBooked" | "InterimCleared" | "OpeningAvailable" | "OpeningBooked" | "OpeningCleared" | "PreviouslyClosedBooked";
        /** @description A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
        ActiveOrHistoricCurrencyCode_1: string;
        OBReadTransaction6: {
            Data: components["schemas"]["OBReadDataTransaction6"];
            Links?: components["schemas"]["Links.account-info"];
            Meta?: components["schemas"]["Meta.account-info"];
        };
        OBReadDataTransaction6: {
            Transaction?: components["schemas"]["OBTransaction6"][];
        };
        /** @description Provides further details on an entry in the report. */
        OBTransaction6: {
            AccountId: components["schemas"]["AccountId"];
            TransactionId?: components["schemas"]["TransactionId"];
            TransactionReference?: components["schemas"]["TransactionReference"];
            StatementReference?: components["schemas"]["StatementReference"][];
            CreditDebitIndicator: components["schemas"]["OBCreditDebitCode_1"];
            Status: components["schemas"]["OBEntryStatus1Code"];
            TransactionMutability?: components["schemas"]["OBTransactionMutability1Code"];
            BookingDateTime: components["schemas"]["BookingDateTime"];
            ValueDateTime?: components["schemas"]["ValueDateTime"];
            TransactionInformation?: components["schemas"]["TransactionInformation"];
            AddressLine?: components["schemas"]["AddressLine"];
            Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_9"];
            ChargeAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_10"];
            CurrencyExchange?: components["schemas"]["OBCurrencyExchange5"];
            BankTransactionCode?: components["schemas"]["OBBankTransactionCodeStructure1"];
            ProprietaryBankTransactionCode?: components["schemas"]["ProprietaryBankTransactionCodeStructure1"];
            Balance?: components["schemas"]["OBTransactionCashBalance"];
            MerchantDetails?: components["schemas"]["OBMerchantDetails1"];
            CreditorAgent?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification6_1"];
            CreditorAccount?: components["schemas"]["OBCashAccount6_0"];
            DebtorAgent?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification6_2"];
            DebtorAccount?: components["schemas"]["OBCashAccount6_1"];
            CardInstrument?: components["schemas"]["OBTransactionCardInstrument1"];
            SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
        };
        /** @description Unique identifier for the transaction within an servicing institution. This identifier is both unique and immutable. */
        TransactionId: string;
        /** @description Unique reference for the transaction. This reference is optionally populated, and may as an example be the FPID in the Faster Payments context. */
        TransactionReference: string;
        /** @description Unique reference for the statement. This reference may be optionally populated if available. */
        StatementReference: string;
        /**
         * @description Indicates whether the transaction is a credit or a debit entry.
         * @enum {string}
         */
        OBCreditDebitCode_1: "Credit" | "Debit";
        /**
         * @description Status of a transaction entry on the books of the account servicer.
         * @enum {string}
         */
        OBEntryStatus1Code: "Booked" | "Pending" | "Rejected";
        /**
         * @description Specifies the Mutability of the Transaction record.
         * @enum {string}
         */
        OBTransactionMutability1Code: "Mutable" | "Immutable";
        /**
         * Format: date-time
         * @description Date and time when a transaction entry is posted to an account on the account servicer's books.
         *     Usage: Booking date is the expected booking date, unless the status is booked, in which case it is the actual booking date.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        BookingDateTime: string;
        /**
         * Format: date-time
         * @description Date and time at which assets become available to the account owner in case of a credit entry, or cease to be available to the account owner in case of a debit transaction entry.
         *     Usage: If transaction entry status is pending and value date is present, then the value date refers to an expected/requested value date.
         *     For transaction entries subject to availability/float and for which availability information is provided, the value date must not be used. In this case the availability component identifies the number of availability days.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        ValueDateTime: string;
        /**
         * @description Further details of the transaction.
         *     This is the transaction narrative, which is unstructured text.
         */
        TransactionInformation: string;
        /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
        AddressLine: string;
        /** @description Amount of money in the cash transaction entry. */
        OBActiveOrHistoricCurrencyAndAmount_9: {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description Transaction charges to be paid by the charge bearer. */
        OBActiveOrHistoricCurrencyAndAmount_10: {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description Set of elements used to provide details on the currency exchange. */
        OBCurrencyExchange5: {
            /** @description Currency from which an amount is to be converted in a currency conversion. */
            SourceCurrency: string;
            /** @description Currency into which an amount is to be converted in a currency conversion. */
            TargetCurrency?: string;
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
            UnitCurrency?: string;
            /**
             * @description Factor used to convert an amount from one currency into another. This reflects the price at which one currency was bought with another currency.
             *     Usage: ExchangeRate expresses the ratio between UnitCurrency and QuotedCurrency (ExchangeRate = UnitCurrency/QuotedCurrency).
             */
            ExchangeRate: number;
            /** @description Unique identification to unambiguously identify the foreign exchange contract. */
            ContractIdentification?: string;
            /**
             * Format: date-time
             * @description Date and time at which an exchange rate is quoted.All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            QuotationDate?: string;
            /** @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party. */
            InstructedAmount?: {
                Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
        };
        /** @description Set of elements used to fully identify the type of underlying transaction resulting in an entry. */
        OBBankTransactionCodeStructure1: {
            /** @description Specifies the family within a domain. */
            Code: string;
            /** @description Specifies the sub-product family within a specific family. */
            SubCode: string;
        };
        /** @description Set of elements to fully identify a proprietary bank transaction code. */
        ProprietaryBankTransactionCodeStructure1: {
            /** @description Proprietary bank transaction code to identify the underlying transaction. */
            Code: string;
            /** @description Identification of the issuer of the proprietary bank transaction code. */
            Issuer?: string;
        };
        /** @description Set of elements used to define the balance as a numerical representation of the net increases and decreases in an account after a transaction entry is applied to the account. */
        OBTransactionCashBalance: {
            CreditDebitIndicator: components["schemas"]["OBCreditDebitCode_2"];
            Type: components["schemas"]["OBBalanceType1Code"];
            /** @description Amount of money of the cash balance after a transaction entry is applied to the account.. */
            Amount: {
                Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
        };
        /** @description Details of the merchant involved in the transaction. */
        OBMerchantDetails1: {
            /** @description Name by which the merchant is known. */
            MerchantName?: string;
            /** @description Category code conform to ISO 18245, related to the type of services or goods the merchant provides for the transaction. */
            MerchantCategoryCode?: string;
        };
        /** @description Financial institution servicing an account for the creditor. */
        OBBranchAndFinancialInstitutionIdentification6_1: {
            SchemeName?: components["schemas"]["OBExternalFinancialInstitutionIdentification4Code"];
            Identification?: components["schemas"]["Identification_2"];
            Name?: components["schemas"]["Name_1"];
            PostalAddress?: components["schemas"]["OBPostalAddress6.account-info"];
        };
        /** @description Unique and unambiguous identification of a financial institution or a branch of a financial institution. */
        Identification_2: string;
        /** @description Name by which an agent is known and which is usually used to identify that agent. */
        Name_1: string;
        /** @description Information that locates and identifies a specific address, as defined by postal services. */
        "OBPostalAddress6.account-info": {
            AddressType?: components["schemas"]["OBAddressTypeCode"];
            /** @description Identification of a division of a large organisation or building. */
            Department?: string;
            /** @description Identification of a sub-division of a large organisation or building. */
            SubDepartment?: string;
            StreetName?: components["schemas"]["StreetName"];
            BuildingNumber?: components["schemas"]["BuildingNumber"];
            PostCode?: components["schemas"]["PostCode"];
            TownName?: components["schemas"]["TownName"];
            /** @description Identifies a subdivision of a country such as state, region, county. */
            CountrySubDivision?: string;
            /** @description Nation with its own government. */
            Country?: string;
            AddressLine?: string[];
        };
        /** @description Unambiguous identification of the account of the creditor, in the case of a debit transaction. */
        OBCashAccount6_0: {
            SchemeName?: components["schemas"]["OBExternalAccountIdentification4Code"];
            Identification?: components["schemas"]["Identification_0"];
            Name?: components["schemas"]["Name_0"];
            SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
        };
        /** @description Financial institution servicing an account for the debtor. */
        OBBranchAndFinancialInstitutionIdentification6_2: {
            SchemeName?: components["schemas"]["OBExternalFinancialInstitutionIdentification4Code"];
            Identification?: components["schemas"]["Identification_2"];
            Name?: components["schemas"]["Name_1"];
            PostalAddress?: components["schemas"]["OBPostalAddress6.account-info"];
        };
        /** @description Unambiguous identification of the account of the debtor, in the case of a crebit transaction. */
        OBCashAccount6_1: {
            SchemeName?: components["schemas"]["OBExternalAccountIdentification4Code"];
            Identification?: components["schemas"]["Identification_0"];
            Name?: components["schemas"]["Name_0"];
            SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
        };
        /** @description Set of elements to describe the card instrument used in the transaction. */
        OBTransactionCardInstrument1: {
            /**
             * @description Name of the card scheme.
             * @enum {string}
             */
            CardSchemeName: "AmericanExpress" | "Diners" | "Discover" | "MasterCard" | "VISA";
            /**
             * @description The card authorisation type.
             * @enum {string}
             */
            AuthorisationType?: "ConsumerDevice" | "Contactless" | "None" | "PIN";
            /** @description Name of the cardholder using the card instrument. */
            Name?: string;
            /** @description Identification assigned by an institution to identify the card instrument used in the transaction. This identification is known by the account owner, and may be masked. */
            Identification?: string;
        };
        OBReadScheduledPayment3: {
            Data: {
                ScheduledPayment?: components["schemas"]["OBScheduledPayment3"][];
            };
            Links?: components["schemas"]["Links.account-info"];
            Meta?: components["schemas"]["Meta.account-info"];
        };
        OBScheduledPayment3: {
            AccountId: components["schemas"]["AccountId"];
            ScheduledPaymentId?: components["schemas"]["ScheduledPaymentId"];
            ScheduledPaymentDateTime: components["schemas"]["ScheduledPaymentDateTime"];
            ScheduledType: components["schemas"]["OBExternalScheduleType1Code"];
            Reference?: components["schemas"]["Reference"];
            DebtorReference?: components["schemas"]["DebtorReference"];
            InstructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_1"];
            CreditorAgent?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification5_1"];
            CreditorAccount?: components["schemas"]["OBCashAccount5_1"];
        };
        /** @description A unique and immutable identifier used to identify the scheduled payment resource. This identifier has no meaning to the account owner. */
        ScheduledPaymentId: string;
        /**
         * Format: date-time
         * @description The date on which the scheduled payment will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        ScheduledPaymentDateTime: string;
        /**
         * @description Specifies the scheduled payment date type requested
         * @enum {string}
         */
        OBExternalScheduleType1Code: "Arrival" | "Execution";
        /**
         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
         */
        Reference: string;
        /** @description A reference value provided by the PSU to the PISP while setting up the scheduled payment. */
        DebtorReference: string;
        /**
         * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
         *     Usage: This amount has to be transported unchanged through the transaction chain.
         */
        OBActiveOrHistoricCurrencyAndAmount_1: {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /**
         * @description Party that manages the account on behalf of the account owner, that is manages the registration and booking of entries on the account, calculates balances on the account and provides information about the account.
         *     This is the servicer of the beneficiary account.
         */
        OBBranchAndFinancialInstitutionIdentification5_1: {
            SchemeName: components["schemas"]["OBExternalFinancialInstitutionIdentification4Code"];
            Identification: components["schemas"]["Identification_1"];
        };
        /** @description Provides the details to identify the beneficiary account. */
        OBCashAccount5_1: {
            SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
            /** @description Beneficiary account identification. */
            Identification: string;
            Name?: components["schemas"]["Name_0"];
            SecondaryIdentification?: components["schemas"]["SecondaryIdentification"];
        };
        OBReadStandingOrder6: {
            Data: {
                StandingOrder?: components["schemas"]["OBStandingOrder6"][];
            };
            Links?: components["schemas"]["Links.account-info"];
            Meta?: components["schemas"]["Meta.account-info"];
        };
        OBStandingOrder6: {
            AccountId: components["schemas"]["AccountId"];
            StandingOrderId?: components["schemas"]["StandingOrderId"];
            Frequency: components["schemas"]["Frequency_1"];
            Reference?: components["schemas"]["Reference"];
            FirstPaymentDateTime?: components["schemas"]["FirstPaymentDateTime"];
            NextPaymentDateTime?: components["schemas"]["NextPaymentDateTime"];
            LastPaymentDateTime?: components["schemas"]["LastPaymentDateTime"];
            FinalPaymentDateTime?: components["schemas"]["FinalPaymentDateTime"];
            NumberOfPayments?: components["schemas"]["NumberOfPayments"];
            StandingOrderStatusCode?: components["schemas"]["OBExternalStandingOrderStatus1Code"];
            FirstPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_2"];
            NextPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_3"];
            LastPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_11"];
            FinalPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_4"];
            CreditorAgent?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification5_1"];
            CreditorAccount?: components["schemas"]["OBCashAccount5_1"];
            SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
        };
        /** @description A unique and immutable identifier used to identify the standing order resource. This identifier has no meaning to the account owner. */
        StandingOrderId: string;
        /**
         * @description Individual Definitions:
         *     NotKnown - Not Known
         *     EvryDay - Every day
         *     EvryWorkgDay - Every working day
         *     IntrvlDay - An interval specified in number of calendar days (02 to 31)
         *     IntrvlWkDay - An interval specified in weeks (01 to 09), and the day within the week (01 to 07)
         *     WkInMnthDay - A monthly interval, specifying the week of the month (01 to 05) and day within the week (01 to 07)
         *     IntrvlMnthDay - An interval specified in months (between 01 to 06, 12, 24), specifying the day within the month (-05 to -01, 01 to 31)
         *     QtrDay - Quarterly (either ENGLISH, SCOTTISH, or RECEIVED)
         *     ENGLISH = Paid on the 25th March, 24th June, 29th September and 25th December.
         *     SCOTTISH = Paid on the 2nd February, 15th May, 1st August and 11th November.
         *     RECEIVED = Paid on the 20th March, 19th June, 24th September and 20th December.
         *     Individual Patterns:
         *     NotKnown (ScheduleCode)
         *     EvryDay (ScheduleCode)
         *     EvryWorkgDay (ScheduleCode)
         *     IntrvlDay:NoOfDay (ScheduleCode + NoOfDay)
         *     IntrvlWkDay:IntervalInWeeks:DayInWeek (ScheduleCode + IntervalInWeeks + DayInWeek)
         *     WkInMnthDay:WeekInMonth:DayInWeek (ScheduleCode + WeekInMonth + DayInWeek)
         *     IntrvlMnthDay:IntervalInMonths:DayInMonth (ScheduleCode + IntervalInMonths + DayInMonth)
         *     QtrDay: + either (ENGLISH, SCOTTISH or RECEIVED) ScheduleCode + QuarterDay
         *     The regular expression for this element combines five smaller versions for each permitted pattern. To aid legibility - the components are presented individually here:
         *     NotKnown
         *     EvryDay
         *     EvryWorkgDay
         *     IntrvlDay:((0[2-9])|([1-2][0-9])|3[0-1])
         *     IntrvlWkDay:0[1-9]:0[1-7]
         *     WkInMnthDay:0[1-5]:0[1-7]
         *     IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01])
         *     QtrDay:(ENGLISH|SCOTTISH|RECEIVED)
         *     Full Regular Expression:
         *     ^(NotKnown)$|^(EvryDay)$|^(EvryWorkgDay)$|^(IntrvlDay:((0[2-9])|([1-2][0-9])|3[0-1]))$|^(IntrvlWkDay:0[1-9]:0[1-7])$|^(WkInMnthDay:0[1-5]:0[1-7])$|^(IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01]))$|^(QtrDay:(ENGLISH|SCOTTISH|RECEIVED))$
         */
        Frequency_1: string;
        /**
         * Format: date-time
         * @description The date on which the first payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        FirstPaymentDateTime: string;
        /**
         * Format: date-time
         * @description The date on which the next payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        NextPaymentDateTime: string;
        /**
         * Format: date-time
         * @description The date on which the last (most recent) payment for a Standing Order schedule was made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        LastPaymentDateTime: string;
        /**
         * Format: date-time
         * @description The date on which the final payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        FinalPaymentDateTime: string;
        /** @description Number of the payments that will be made in completing this frequency sequence including any executed since the sequence start date. */
        NumberOfPayments: string;
        /**
         * @description Specifies the status of the standing order in code form.
         * @enum {string}
         */
        OBExternalStandingOrderStatus1Code: "Active" | "Inactive";
        /** @description The amount of the first Standing Order */
        OBActiveOrHistoricCurrencyAndAmount_2: {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description The amount of the next Standing Order. */
        OBActiveOrHistoricCurrencyAndAmount_3: {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description The amount of the last (most recent) Standing Order instruction. */
        OBActiveOrHistoricCurrencyAndAmount_11: {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description The amount of the final Standing Order */
        OBActiveOrHistoricCurrencyAndAmount_4: {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        OBFundsConfirmation1: {
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation consent resource. */
                ConsentId: string;
                /** @description Unique reference, as assigned by the CBPII, to unambiguously refer to the request related to the payment transaction. */
                Reference: string;
                /** @description Amount of money to be confirmed as available funds in the debtor account. Contains an Amount and a Currency. */
                InstructedAmount: {
                    /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
                    Amount: string;
                    /** @description A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
                    Currency: string;
                };
            };
        };
        OBFundsConfirmationResponse1: {
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation resource. */
                FundsConfirmationId: string;
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /** @description Flag to indicate the result of a confirmation of funds check. */
                FundsAvailable: boolean;
                /** @description Unique reference, as assigned by the CBPII, to unambiguously refer to the request related to the payment transaction. */
                Reference: string;
                /** @description Amount of money to be confirmed as available funds in the debtor account. Contains an Amount and a Currency. */
                InstructedAmount: {
                    /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
                    Amount: string;
                    /** @description A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
                    Currency: string;
                };
            };
            Links?: components["schemas"]["Links.confirmation-funds"];
            Meta?: components["schemas"]["Meta.confirmation-funds"];
        };
        OBEventSubscription1: {
            Data: {
                /**
                 * Format: uri
                 * @description Callback URL for a TPP hosted service. Will be used by ASPSPs, in conjunction with the resource name, to construct a URL to send event notifications to.
                 */
                CallbackUrl?: string;
                Version: components["schemas"]["Version"];
                EventTypes?: string[];
            };
        };
        /** @description Version for the event notification. */
        Version: string;
        OBEventSubscriptionResponse1: {
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the callback URL resource. */
                EventSubscriptionId: string;
                /**
                 * Format: uri
                 * @description Callback URL for a TPP hosted service. Will be used by ASPSPs, in conjunction with the resource name, to construct a URL to send event notifications to.
                 */
                CallbackUrl?: string;
                Version: components["schemas"]["Version"];
                EventTypes?: string[];
            };
            Links?: components["schemas"]["Links.events"];
            Meta?: components["schemas"]["Meta.events"];
        };
        /** @description Links relevant to the payload */
        "Links.events": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload
         */
        "Meta.events": {
            /** Format: int32 */
            TotalPages?: number;
            FirstAvailableDateTime?: components["schemas"]["ISODateTime"];
            LastAvailableDateTime?: components["schemas"]["ISODateTime"];
        };
        "OBError1.events": {
            /** @description Low level textual error code, e.g., UK.OBIE.Field.Missing */
            ErrorCode: string;
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBIE doesn't standardise this field
             */
            Message: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        OBEventSubscriptionsResponse1: {
            Data: {
                EventSubscription?: {
                    /** @description Unique identification as assigned by the ASPSP to uniquely identify the callback url resource. */
                    EventSubscriptionId: string;
                    /**
                     * Format: uri
                     * @description Callback URL for a TPP hosted service. Will be used by ASPSPs, in conjunction with the resource name, to construct a URL to send event notifications to.
                     */
                    CallbackUrl?: string;
                    Version: components["schemas"]["Version"];
                    EventTypes?: string[];
                }[];
            };
            Links?: components["schemas"]["Links.events"];
            Meta?: components["schemas"]["Meta.events"];
        };
        OBEventPolling1: {
            /** @description Maximum number of events to be returned. A value of zero indicates the ASPSP should not return events even if available */
            maxEvents?: number;
            /** @description Indicates whether an ASPSP should return a response immediately or provide a long poll */
            returnImmediately?: boolean;
            ack?: string[];
            /** @description An object that encapsulates all negative acknowledgements transmitted by the TPP */
            setErrs?: {
                [key: string]: {
                    /**
                     * @description A value from the IANA "Security Event Token Delivery Error Codes" registry that identifies the error as defined here
                     *     https://tools.ietf.org/id/draft-ietf-secevent-http-push-03.html#error_codes
                     */
                    err: string;
                    /** @description A human-readable string that provides additional diagnostic information */
                    description: string;
                };
            };
        };
        OBEventPollingResponse1: {
            /** @description A JSON boolean value that indicates if more unacknowledged event notifications are available to be returned. */
            moreAvailable: boolean;
            /** @description A JSON object that contains zero or more nested JSON attributes. If there are no outstanding event notifications to be transmitted, the JSON object SHALL be empty. */
            sets: {
                [key: string]: string;
            };
        };
        OBDomesticVRPConsentResponse: {
            Data: {
                /**
                 * @description Indicates whether information about RefundAccount should be included in the payment response.
                 * @enum {string}
                 */
                ReadRefundAccount?: "Yes" | "No";
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of resource in code form.
                 * @enum {string}
                 */
                Status: "Authorised" | "AwaitingAuthorisation" | "Rejected";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.
                 */
                StatusUpdateDateTime: string;
                ControlParameters: components["schemas"]["OBDomesticVRPControlParameters"];
                Initiation: components["schemas"]["OBDomesticVRPInitiation"];
                DebtorAccount?: components["schemas"]["OBCashAccountDebtorWithName"] & unknown;
            };
            Risk: components["schemas"]["OBRisk1"];
            Links: components["schemas"]["Links.vrp"];
            Meta: components["schemas"]["Meta.vrp"];
        };
        OBDomesticVRPControlParameters: {
            /**
             * Format: date-time
             * @description ^ Start date time for which the consent remains valid.
             */
            ValidFromDateTime?: string;
            /**
             * Format: date-time
             * @description ^ End date time for which the consent remains valid.
             */
            ValidToDateTime?: string;
            MaximumIndividualAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.vrp"];
            PeriodicLimits: {
                /**
                 * @description ^ Period type for this period limit
                 * @enum {string}
                 */
                PeriodType: "Day" | "Week" | "Fortnight" | "Month" | "Half-year" | "Year";
                /**
                 * @description ^ Specifies whether the period starts on the date of consent creation or lines up with a calendar
                 * @enum {string}
                 */
                PeriodAlignment: "Consent" | "Calendar";
                Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.vrp"];
            }[];
            /** @description ^ The types of payments that can be made under this VRP consent. This can be used to indicate whether this include sweeping payment or other ecommerce payments. */
            VRPType: components["schemas"]["OBVRPConsentType"][];
            /** @description ^ Indicates that the PSU authentication methods supported. */
            PSUAuthenticationMethods: components["schemas"]["OBVRPAuthenticationMethods"][];
            /** @description ^ Indicates interaction type, currently if customer is present or not present. */
            PSUInteractionTypes?: components["schemas"]["OBVRPInteractionTypes"][];
            /** @description ^ Additional information that can not be captured in the structured fields and/or any other specific block */
            SupplementaryData?: Record<string, never>;
        };
        "OBActiveOrHistoricCurrencyAndAmount.vrp": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.vrp"];
        };
        /** @description A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
        "ActiveOrHistoricCurrencyCode.vrp": string;
        OBVRPConsentType: string;
        OBVRPAuthenticationMethods: string;
        /** @enum {string} */
        OBVRPInteractionTypes: "InSession" | "OffSession";
        OBDomesticVRPInitiation: {
            DebtorAccount?: components["schemas"]["OBCashAccountDebtorWithName"];
            CreditorAccount?: components["schemas"]["OBCashAccountCreditor3"];
            CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.vrp"];
            /** @description ^ Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
            RemittanceInformation?: {
                /** @description ^ Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
                Unstructured?: string;
                /** @description ^ Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction. Usage - If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money. If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification. */
                Reference?: string;
            };
        };
        OBCashAccountDebtorWithName: {
            SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
            /** @description ^ Identification assigned by an institution to identify an account. This identification is known by the account owner. */
            Identification: string;
            /** @description ^ Name of the account, as assigned by the account servicing institution.  Usage The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account. */
            Name: string;
            /** @description ^ This is secondary identification of the account, as assigned by the account servicing institution.  This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination) */
            SecondaryIdentification?: string;
        };
        OBCashAccountCreditor3: {
            /** @description Name of the identification scheme, in a coded form as published in an external list. */
            SchemeName: components["schemas"]["OBExternalAccountIdentification4Code"];
            /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
            Identification: string;
            /**
             * @description Name of the account, as assigned by the account servicing institution.
             *     Usage: the account name is the name or names of the account owner(s) represented at an account level.
             *     The account name is not the product name or the nickname of the account.
             */
            Name: string;
            /**
             * @description This is secondary identification of the account, as assigned by the account servicing institution.
             *     This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination)
             */
            SecondaryIdentification?: string;
        };
        /** @description Information that locates and identifies a specific address, as defined by postal services. */
        "OBPostalAddress6.vrp": {
            AddressType?: components["schemas"]["OBAddressTypeCode"];
            Department?: components["schemas"]["Department"];
            SubDepartment?: components["schemas"]["SubDepartment"];
            StreetName?: components["schemas"]["StreetName"];
            BuildingNumber?: components["schemas"]["BuildingNumber"];
            PostCode?: components["schemas"]["PostCode"];
            TownName?: components["schemas"]["TownName"];
            CountrySubDivision?: components["schemas"]["CountrySubDivision"];
            Country?: components["schemas"]["CountryCode"];
            AddressLine?: string[];
        };
        /** @description Links relevant to the payload */
        "Links.vrp": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload. At present no fields are used for VRP.
         */
        "Meta.vrp": Record<string, never>;
        "OBError1.vrp": {
            /** @description Low level textual error code, e.g., UK.OBIE.Field.Missing */
            ErrorCode: string;
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBIE doesn't standardise this field
             */
            Message: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        OBDomesticVRPConsentRequest: {
            Data: {
                /**
                 * @description Indicates whether information about RefundAccount should be included in the payment response.
                 * @enum {string}
                 */
                ReadRefundAccount?: "Yes" | "No";
                ControlParameters: components["schemas"]["OBDomesticVRPControlParameters"];
                Initiation: components["schemas"]["OBDomesticVRPInitiation"];
            };
            Risk: components["schemas"]["OBRisk1"];
        };
        OBDomesticVRPResponse: {
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the domestic payment resource. */
                DomesticVRPId: string;
                /** @description Identifier for the Domestic VRP Consent that this payment is made under. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of the payment information group.
                 * @enum {string}
                 */
                Status: "AcceptedCreditSettlementCompleted" | "AcceptedWithoutPosting" | "AcceptedSettlementCompleted" | "AcceptedSettlementInProcess" | "Pending" | "Rejected";
                StatusReason?: components["schemas"]["OBVRPStatusReasonCode"];
                /** @description Description related to provided Status/StatusReason */
                StatusReasonDescription?: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.
                 */
                StatusUpdateDateTime: string;
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource.
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource.
                 */
                ExpectedSettlementDateTime?: string;
                /** @description Only included in the response if `Data.ReadRefundAccount` is set to `Yes` in the consent. */
                Refund?: components["schemas"]["OBCashAccountDebtorWithName"];
                Charges?: {
                    ChargeBearer: components["schemas"]["OBChargeBearerType1Code"];
                    Type: components["schemas"]["OBExternalPaymentChargeType1Code.vrp"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.vrp"];
                }[];
                Initiation: components["schemas"]["OBDomesticVRPInitiation"];
                Instruction: components["schemas"]["OBDomesticVRPInstruction"];
                DebtorAccount?: components["schemas"]["OBCashAccountDebtorWithName"];
            };
            Risk: components["schemas"]["OBRisk1"];
            Links: components["schemas"]["Links.vrp"];
            Meta: components["schemas"]["Meta.vrp"];
        };
        /** @description Reason Code provided for the status of a VRP. To be documented in the Developer Portal. */
        OBVRPStatusReasonCode: string;
        /** @enum {string} */
        "OBExternalPaymentChargeType1Code.vrp": "UK.OBIE.CHAPSOut" | "UK.OBIE.BalanceTransferOut" | "UK.OBIE.MoneyTransferOut";
        OBDomesticVRPInstruction: {
            /**
             * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
             *     Usage: the instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction.
             *     It can be included in several messages related to the instruction.
             */
            InstructionIdentification: string;
            /**
             * @description Unique identification assigned by the initiating party to unambiguously identify the transaction.
             *     This identification is passed on, unchanged, throughout the entire end-to-end chain.
             *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction.
             *     It can be included in several messages related to the transaction.
             *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field
             */
            EndToEndIdentification: string;
            RemittanceInformation?: components["schemas"]["OBVRPRemittanceInformation"];
            LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
            InstructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.vrp"];
            CreditorPostalAddress?: components["schemas"]["OBPostalAddress6.vrp"];
            CreditorAccount: components["schemas"]["OBCashAccountCreditor3"];
            /** @description Additional information that can not be captured in the structured fields and/or any other specific block. */
            SupplementaryData?: Record<string, never>;
        };
        /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system. */
        OBVRPRemittanceInformation: {
            /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
            Unstructured?: string;
            /** @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction. The PISP must populate this with the same value as specified in the `Data.Initiation.RemittanceInformation.Reference` of the consent. */
            Reference?: string;
        };
        OBDomesticVRPRequest: {
            Data: {
                /** @description Identifier for the Domestic VRP Consent that this payment is made under. */
                ConsentId: string;
                PSUAuthenticationMethod: components["schemas"]["OBVRPAuthenticationMethods"] & unknown;
                PSUInteractionType?: components["schemas"]["OBVRPInteractionTypes"] & unknown;
                VRPType: components["schemas"]["OBVRPConsentType"];
                Initiation: components["schemas"]["OBDomesticVRPInitiation"];
                Instruction: components["schemas"]["OBDomesticVRPInstruction"];
            };
            Risk: components["schemas"]["OBRisk1"];
        };
        OBDomesticVRPDetails: {
            Data?: {
                PaymentStatus?: {
                    /** @description Unique identifier for the transaction within an servicing institution. This identifier is both unique and immutable. */
                    PaymentTransactionId: string;
                    /**
                     * @description Status of a transfer, as assigned by the transaction administrator.
                     * @enum {string}
                     */
                    Status: "Accepted" | "AcceptedCancellationRequest" | "AcceptedCreditSettlementCompleted" | "AcceptedCustomerProfile" | "AcceptedFundsChecked" | "AcceptedSettlementCompleted" | "AcceptedSettlementInProcess" | "AcceptedTechnicalValidation" | "AcceptedWithChange" | "AcceptedWithoutPosting" | "Cancelled" | "NoCancellationProcess" | "PartiallyAcceptedCancellationRequest" | "PartiallyAcceptedTechnicalCorrect" | "PaymentCancelled" | "Pending" | "PendingCancellationRequest" | "Received" | "Rejected" | "RejectedCancellationRequest";
                    /**
                     * Format: date-time
                     * @description Date and time at which the status was assigned to the transfer.
                     */
                    StatusUpdateDateTime: string;
                    StatusDetail?: {
                        LocalInstrument?: components["schemas"]["OBExternalLocalInstrument1Code"];
                        /** @description Status of a transfer, as assigned by the transaction administrator. */
                        Status: string;
                        /**
                         * @description Reason Code provided for the status of a transfer.
                         * @enum {string}
                         */
                        StatusReason?: "Cancelled" | "PendingFailingSettlement" | "PendingSettlement" | "Proprietary" | "ProprietaryRejection" | "Suspended" | "Unmatched";
                        /** @description Reason provided for the status of a transfer. */
                        StatusReasonDescription?: string;
                    };
                }[];
            };
        };
        /** @description The confirmation of funds response contains the result of a funds availability check. */
        OBVRPFundsConfirmationResponse: {
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation resource. */
                FundsConfirmationId: string;
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.
                 */
                CreationDateTime: string;
                /** @description Unique reference, as assigned by the CBPII, to unambiguously refer to the request related to the payment transaction. */
                Reference?: string;
                FundsAvailableResult: components["schemas"]["OBPAFundsAvailableResult1"];
                InstructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.vrp"];
            };
        };
        /** @description Availability result, clearly indicating the availability of funds given the Amount in the request. */
        OBPAFundsAvailableResult1: {
            /**
             * Format: date-time
             * @description Date and time at which the funds availability check was generated.
             */
            FundsAvailableDateTime: string;
            /**
             * @description Availability result, clearly indicating the availability of funds given the Amount in the request.
             * @enum {string}
             */
            FundsAvailable: "Available" | "NotAvailable";
        };
        /** @description The OBVRPFundsConfirmationRequest object must be used to request funds availability for a specific amount in the Debtor Account included in the VRP consents. */
        OBVRPFundsConfirmationRequest: {
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation consent resource. */
                ConsentId: string;
                /** @description Unique reference, as assigned by the PISP, to unambiguously refer to the request related to the payment transaction. */
                Reference?: string;
                InstructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.vrp"];
            };
        };
        "OBReadConsent1.v4.0-account-info": {
            Data: {
                Permissions: ("ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadBeneficiariesBasic" | "ReadBeneficiariesDetail" | "ReadDirectDebits" | "ReadOffers" | "ReadPAN" | "ReadParty" | "ReadPartyPSU" | "ReadProducts" | "ReadScheduledPaymentsBasic" | "ReadScheduledPaymentsDetail" | "ReadStandingOrdersBasic" | "ReadStandingOrdersDetail" | "ReadStatementsBasic" | "ReadStatementsDetail" | "ReadTransactionsBasic" | "ReadTransactionsCredits" | "ReadTransactionsDebits" | "ReadTransactionsDetail")[];
                /**
                 * Format: date-time
                 * @description Specified date and time the permissions will expire.
                 *     If this is not populated, the permissions will be open ended. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpirationDateTime?: string;
                /**
                 * Format: date-time
                 * @description Specified start date and time for the transaction query period.
                 *     If this is not populated, the start date will be open ended, and data will be returned from the earliest available transaction. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                TransactionFromDateTime?: string;
                /**
                 * Format: date-time
                 * @description Specified end date and time for the transaction query period.
                 *     If this is not populated, the end date will be open ended, and data will be returned to the latest available transaction. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                TransactionToDateTime?: string;
            };
            Risk: components["schemas"]["OBRisk2.v4.0-account-info"];
        };
        /**
         * @description The Risk section is sent by the initiating party to the ASPSP. <br />
         *     It is used to specify additional details for risk scoring for Account Info.
         */
        "OBRisk2.v4.0-account-info": Record<string, never>;
        "OBReadConsentResponse1.v4.0-account-info": {
            Data: {
                /** @description Unique identification as assigned to identify the account access consent resource. */
                ConsentId: string;
                CreationDateTime: components["schemas"]["CreationDateTime.v4.0-account-info"];
                /**
                 * @description Specifies the status of consent resource in code form.
                 * @enum {string}
                 */
                Status: "AWAU" | "RJCT" | "AUTH" | "EXPD" | "CANC";
                /** @description Specifies the status reason. */
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-account-info"][];
                StatusUpdateDateTime: components["schemas"]["StatusUpdateDateTime.v4.0-account-info"];
                Permissions: ("ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadBeneficiariesBasic" | "ReadBeneficiariesDetail" | "ReadDirectDebits" | "ReadOffers" | "ReadPAN" | "ReadParty" | "ReadPartyPSU" | "ReadProducts" | "ReadScheduledPaymentsBasic" | "ReadScheduledPaymentsDetail" | "ReadStandingOrdersBasic" | "ReadStandingOrdersDetail" | "ReadStatementsBasic" | "ReadStatementsDetail" | "ReadTransactionsBasic" | "ReadTransactionsCredits" | "ReadTransactionsDebits" | "ReadTransactionsDetail")[];
                /**
                 * Format: date-time
                 * @description Specified date and time the permissions will expire.
                 *     If this is not populated, the permissions will be open ended. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpirationDateTime?: string;
                /**
                 * Format: date-time
                 * @description Specified start date and time for the transaction query period.
                 *     If this is not populated, the start date will be open ended, and data will be returned from the earliest available transaction. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                TransactionFromDateTime?: string;
                /**
                 * Format: date-time
                 * @description Specified end date and time for the transaction query period.
                 *     If this is not populated, the end date will be open ended, and data will be returned to the latest available transaction. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                TransactionToDateTime?: string;
            };
            Risk: components["schemas"]["OBRisk2.v4.0-account-info"];
            Links?: components["schemas"]["Links.v4.0-account-info"];
            Meta?: components["schemas"]["Meta.v4.0-account-info"];
        };
        /**
         * Format: date-time
         * @description Date and time at which the resource was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         * @example 2024-05-29T00:00:00Z
         */
        "CreationDateTime.v4.0-account-info": string;
        "OBStatusReason.v4.0-account-info": {
            /**
             * @description Specifies the status reason in a code form.
             *      For a full description see `OBExternalStatusReason1Code` [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @example U004
             */
            StatusReasonCode?: string;
            /**
             * @description Description supporting the StatusReasonCode.
             * @example Permissions field is missing
             */
            StatusReasonDescription?: string;
            /**
             * @description Recommended but optional reference to JSON path if relevant to the StatusReasonCode.
             * @example Data.Permissions
             */
            Path?: string;
        };
        /**
         * Format: date-time
         * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        "StatusUpdateDateTime.v4.0-account-info": string;
        /** @description Links relevant to the payload */
        "Links.v4.0-account-info": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload
         */
        "Meta.v4.0-account-info": {
            /** Format: int32 */
            TotalPages?: number;
            FirstAvailableDateTime?: components["schemas"]["ISODateTime"];
            LastAvailableDateTime?: components["schemas"]["ISODateTime"];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        "OBErrorResponse1.v4.0-account-info": {
            /** @description A unique reference for the error instance, for audit purposes, in case of unknown/unclassified errors. */
            Id?: string;
            /**
             * @description Deprecated <br />High level textual error code, to help categorise the errors.
             * @example 400 BadRequest
             */
            Code?: string;
            /**
             * @description Deprecated <br />Brief Error message
             * @example There is something wrong with the request parameters provided
             */
            Message?: string;
            Errors: components["schemas"]["OBError1.v4.0-account-info"][];
        };
        "OBError1.v4.0-account-info": {
            ErrorCode: components["schemas"]["OBExternalStatusReason1Code.v4.0-account-info"];
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBL doesn't standardise this field
             */
            Message?: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /**
         * @description Low level textual error code, for all enum values see `ExternalReason1Code` [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example AC17
         */
        "OBExternalStatusReason1Code.v4.0-account-info": string;
        "OBWriteDomesticConsent4.v4.0-payment-initiation": {
            Data: {
                /**
                 * @description Specifies to share the refund account details with PISP. For a full set of values refer to `OBInternalReadRefundAccount1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification: string;
                    LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-payment-initiation"];
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Financial institution servicing an account for the creditor. */
                    CreditorAgent?: {
                        SchemeName?: components["schemas"]["OBInternalFinancialInstitutionIdentification4Code.v4.0-payment-initiation"];
                        Identification?: components["schemas"]["Identification_1.v4.0-payment-initiation"];
                        Name?: components["schemas"]["Name"];
                        LEI?: components["schemas"]["LEI.v4.0-payment-initiation"];
                        PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested. For a full set of values refer to `OBInternalAuthorisation1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1.v4.0-payment-initiation"];
            };
            Risk: components["schemas"]["OBRisk1.v4.0-payment-initiation"];
        };
        /**
         * @description User community specific instrument.
         *     Usage: This element is used to specify a local instrument, local clearing option and/or further qualify the service or service level. For a full list of values refer to `OBInternalLocalInstrument1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         */
        "OBInternalLocalInstrument1Code.v4.0-payment-initiation": string;
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        "OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation": string;
        /** @description A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
        "ActiveOrHistoricCurrencyCode.v4.0-payment-initiation": string;
        /** @description Name of the identification scheme, in a coded form as published in an external list. For a full list of values refer to `OBInternalAccountIdentification4Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets) */
        "OBInternalAccountIdentification4Code.v4.0-payment-initiation": string;
        /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
        "Identification_0.v4.0-payment-initiation": string;
        /**
         * @description This is secondary identification of the account, as assigned by the account servicing institution.
         *     This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination).
         */
        "SecondaryIdentification.v4.0-payment-initiation": string;
        /** @description Specifies an alternate assumed name for the identification of the account. */
        "OBProxy1.v4.0-payment-initiation": {
            /** @description Identification used to indicate the account identification under another specified name. */
            Identification: string;
            Code: components["schemas"]["ExternalProxyAccountType1Code.v4.0-payment-initiation"];
            /** @description Type of the proxy identification. */
            Type?: string;
        };
        /**
         * @description Specifies the external proxy account type code, as published in the proxy account type external code set.<br /> For a full list of values see `ExternalProxyAccountType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalProxyAccountType1Code.v4.0-payment-initiation": "TELE" | "EMAL" | "DNAM" | "CINC" | "COTX" | "COID" | "CUST" | "DRLC" | "EIDN" | "EWAL" | "PVTX" | "LEIC" | "MBNO" | "NIDN" | "CCPT" | "SHID" | "SOSE" | "TOKN" | "UBIL" | "VIPN" | "BIID";
        /** @description Name of the identification scheme, in a coded form as published in an external list. */
        "OBInternalFinancialInstitutionIdentification4Code.v4.0-payment-initiation": string;
        /** @description Unique and unambiguous identification of a financial institution or a branch of a financial institution. */
        "Identification_1.v4.0-payment-initiation": string;
        /** @description Name by which an agent is known and which is usually used to identify that agent. */
        Name: string;
        /** @description Legal entity identification as an alternate identification for a party. Legal Entity Identifier is a code allocated to a party as described in ISO 17442 "Financial Services - Legal Entity Identifier (LEI)". */
        "LEI.v4.0-payment-initiation": string;
        /** @description Information that locates and identifies a specific address, as defined by postal services. */
        "OBPostalAddress7.v4.0-payment-initiation": {
            AddressType?: components["schemas"]["OBAddressType2Code.v4.0-payment-initiation"];
            Department?: components["schemas"]["Department"];
            SubDepartment?: components["schemas"]["SubDepartment"];
            StreetName?: components["schemas"]["StreetName.v4.0-payment-initiation"];
            BuildingNumber?: components["schemas"]["BuildingNumber.v4.0-payment-initiation"];
            BuildingName?: components["schemas"]["BuildingName"];
            Floor?: components["schemas"]["Floor.v4.0-payment-initiation"];
            UnitNumber?: components["schemas"]["UnitNumber.v4.0-payment-initiation"];
            Room?: components["schemas"]["Room.v4.0-payment-initiation"];
            PostBox?: components["schemas"]["PostBox.v4.0-payment-initiation"];
            TownLocationName?: components["schemas"]["TownName.v4.0-payment-initiation"];
            DistrictName?: components["schemas"]["DistrictName.v4.0-payment-initiation"];
            CareOf?: components["schemas"]["CareOf.v4.0-payment-initiation"];
            PostCode?: components["schemas"]["PostCode.v4.0-payment-initiation"];
            TownName?: components["schemas"]["TownName.v4.0-payment-initiation"];
            CountrySubDivision?: components["schemas"]["CountrySubDivision"];
            Country?: components["schemas"]["CountryCode"];
            AddressLine?: string[];
        };
        /**
         * @description Identifies the nature of the postal address. For a full set of codes see `OBAddressType2Code` [here](https://github.com/OpenBankingUK/External_Internal_CodeSets).
         * @enum {string}
         */
        "OBAddressType2Code.v4.0-payment-initiation": "BIZZ" | "DLVY" | "MLTO" | "PBOX" | "ADDR" | "HOME" | "CORR" | "STAT";
        /** @description Name of a street or thoroughfare. */
        "StreetName.v4.0-payment-initiation": string;
        /** @description Number that identifies the position of a building on a street. */
        "BuildingNumber.v4.0-payment-initiation": string;
        /** @description Name of a referenced building. */
        BuildingName: string;
        /** @description Number that identifies the level within a building */
        "Floor.v4.0-payment-initiation": string;
        /** @description Number that identifies the unit of a specific address . */
        "UnitNumber.v4.0-payment-initiation": string;
        /** @description Information that locates and identifies a room to form part of an address */
        "Room.v4.0-payment-initiation": string;
        /** @description Information that locates and identifies a box in a post office assigned to a person or organization, where letters for them are kept until called for. */
        "PostBox.v4.0-payment-initiation": string;
        /** @description Name of a built-up area, with defined boundaries, and a local government. */
        "TownName.v4.0-payment-initiation": string;
        /** @description Number that of the regional area, known as a district, which forms part of an address */
        "DistrictName.v4.0-payment-initiation": string;
        /** @description The 'care of' address is used whenever sending mail to a person or organisation who does not actually live or work at the address. They will receive the mail for the individual. */
        "CareOf.v4.0-payment-initiation": string;
        /** @description Identifier consisting of a group of letters and/or numbers that is added to a postal address to assist the sorting of mail. */
        "PostCode.v4.0-payment-initiation": string;
        /** @description Ultimate party to which an amount of money is due. */
        "OBUltimateCreditor1.v4.0-payment-initiation": {
            /** @description Name by which a party is known and which is usually used to identify that party. */
            Name?: string;
            /** @description Identification assigned by an institution. */
            Identification?: string;
            LEI?: components["schemas"]["LEI.v4.0-payment-initiation"];
            SchemeName?: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
            PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
        };
        /** @description Ultimate party that owes an amount of money to the (ultimate) creditor. */
        "OBUltimateDebtor1.v4.0-payment-initiation": {
            /** @description Name by which a party is known and which is usually used to identify that party. */
            Name?: string;
            /** @description Identification assigned by an institution. */
            Identification?: string;
            LEI?: components["schemas"]["LEI.v4.0-payment-initiation"];
            SchemeName?: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
            PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
        };
        /** @description Information needed due to regulatory and statutory requirements */
        "OBRegulatoryReporting1.v4.0-payment-initiation": {
            /**
             * @description Identifies whether the regulatory reporting information applies to the debit side, to the credit side or to both debit and credit sides of the transaction.  For a full list of values reefer to `OBExternalRegulatoryReportingType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @enum {string}
             */
            DebitCreditReportingIndicator?: "CRED" | "DEBT" | "BOTH";
            Authority?: components["schemas"]["OBRegulatoryAuthority2"];
            Details?: components["schemas"]["OBStructuredRegulatoryReporting3.v4.0-payment-initiation"][];
        };
        /** @description Entity requiring the regulatory reporting information. */
        OBRegulatoryAuthority2: {
            /** @description Name of the entity requiring the regulatory reporting information. */
            Name?: string;
            CountryCode?: components["schemas"]["CountryCode"];
        };
        /** @description Set of elements used to provide details on the regulatory reporting information. */
        "OBStructuredRegulatoryReporting3.v4.0-payment-initiation": {
            /** @description Specifies the type of the information supplied in the regulatory reporting details */
            Type?: string;
            Date?: components["schemas"]["ISODateTime"];
            Country?: components["schemas"]["CountryCode"];
            Amount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-payment-initiation"];
            /** @description Additional details that cater for specific domestic regulatory requirements. */
            Information?: string[];
        };
        /** @description Amount of money associated with the charge type. */
        "OBActiveOrHistoricCurrencyAndAmount.v4.0-payment-initiation": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
        };
        /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system */
        "OBRemittanceInformation2.v4.0-payment-initiation": {
            Structured?: components["schemas"]["OBRemittanceInformationStructured.v4.0-payment-initiation"][];
            /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
            Unstructured?: string[];
        };
        "OBRemittanceInformationStructured.v4.0-payment-initiation": {
            ReferredDocumentInformation?: components["schemas"]["OBReferredDocumentInformation.v4.0-payment-initiation"][];
            /**
             * Format: int32
             * @description Provides details on the amounts of the referred document.
             */
            ReferredDocumentAmount?: number;
            /** @description Reference information provided by the creditor to allow the identification of the underlying documents. */
            CreditorReferenceInformation?: {
                Code?: components["schemas"]["ExternalCreditorReferenceType1Code.v4.0-payment-initiation"];
                /** @description Entity that assigns the identification. */
                Issuer?: string;
                /** @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction. */
                Reference?: string;
            };
            Invoicer?: components["schemas"]["Identification_3"];
            Invoicee?: components["schemas"]["Identification_4.v4.0-payment-initiation"];
            /** @description Provides remittance information about a payment made for tax-related purposes. */
            TaxRemittance?: string;
            /** @description Additional information, in free text form, to complement the structured remittance information. */
            AdditionalRemittanceInformation?: string[];
        };
        "OBReferredDocumentInformation.v4.0-payment-initiation": {
            Code?: components["schemas"]["ExternalDocumentType1Code.v4.0-payment-initiation"];
            /** @description Identification of the issuer of the reference document type. */
            Issuer?: string;
            /** @description Identification of the type specified for the referred document line. */
            Number?: string;
            /**
             * Format: date-time
             * @description Date associated with the referred document line.
             */
            RelatedDate?: string;
            /** @description Set of elements used to provide the content of the referred document line. */
            LineDetails?: string[];
        };
        /**
         * @description Specifies the document type as published in an external document type code list. For more information see `ExternalDocumentType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalDocumentType1Code.v4.0-payment-initiation": "CINV" | "CNFA" | "CONT" | "CREN" | "DEBN" | "DISP" | "DNFA" | "HIRI" | "INVS" | "MSIN" | "PROF" | "PUOR" | "QUOT" | "SBIN" | "SPRR" | "TISH";
        /**
         * @description Specifies the type of creditor reference as published in an external creditor reference type code set. For more information see `ExternalCreditorReferenceType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalCreditorReferenceType1Code.v4.0-payment-initiation": "DISP" | "FXDR" | "PUOR" | "RPIN" | "RADM" | "SCOR";
        /**
         * @description Identification of the organisation issuing the invoice, when it is different from the creditor or ultimate creditor
         * @example 80200112344562
         */
        Identification_3: string;
        /**
         * @description Identification of the party to whom an invoice is issued, when it is different from the debtor or ultimate debtor.
         * @example 80200112344562
         */
        "Identification_4.v4.0-payment-initiation": string;
        /** @description Supporting Data provided by TPP, when requesting SCA Exemption. */
        "OBSCASupportData1.v4.0-payment-initiation": {
            /**
             * @description This field allows a PISP to request specific SCA Exemption for a Payment Initiation. For a full list of values reefer to `OBInternalSCAExemptionType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @enum {string}
             */
            RequestedSCAExemptionType?: "BillPayment" | "ContactlessTravel" | "EcommerceGoods" | "EcommerceServices" | "Kiosk" | "Parking" | "PartyToParty";
            /**
             * @description Specifies a character string with a maximum length of 40 characters.
             *     Usage: This field indicates whether the PSU was subject to SCA performed by the TPP
             *     For a full list of values refer to `OBInternalAppliedAuthenticationApproach1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @enum {string}
             */
            AppliedAuthenticationApproach?: "CA" | "SCA";
            /** @description If the payment is recurring, then this field is populated with the transaction identifier of the previous payment occurrence so that the ASPSP can verify that the PISP, amount and the payee are the same as the previous occurrence. The value here refers to the payment id e.g. DomesticPaymentId */
            ReferencePaymentOrderId?: string;
        };
        /**
         * @description The Risk section is sent by the initiating party to the ASPSP.
         *     It is used to specify additional details for risk scoring for Payments.
         */
        "OBRisk1.v4.0-payment-initiation": {
            /**
             * @description Specifies the payment context, `OBInternalPaymentContext1Code`
             * @enum {string}
             */
            PaymentContextCode?: "BillingGoodsAndServicesInAdvance" | "BillingGoodsAndServicesInArrears" | "EcommerceMerchantInitiatedPayment" | "FaceToFacePointOfSale" | "TransferToSelf" | "TransferToThirdParty";
            /** @description Category code conform to ISO 18245, related to the type of services or goods the merchant provides for the transaction. */
            MerchantCategoryCode?: string;
            /** @description The unique customer identifier of the PSU with the merchant. */
            MerchantCustomerIdentification?: string;
            /** @description Indicates if Payee has a contractual relationship with the PISP. */
            ContractPresentIndicator?: boolean;
            /** @description Indicates if PISP has immutably prepopulated payment details in for the PSU. */
            BeneficiaryPrepopulatedIndicator?: boolean;
            PaymentPurposeCode?: components["schemas"]["ExternalPurpose1Code"];
            CategoryPurposeCode?: components["schemas"]["ExternalCategoryPurpose1Code.v4.0-payment-initiation"];
            BeneficiaryAccountType?: components["schemas"]["OBInternalExtendedAccountType1Code.v4.0-payment-initiation"];
            DeliveryAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
        };
        /**
         * @description This is a partial list, For a full list see `ExternalPurpose1Code` [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        ExternalPurpose1Code: "BKDF" | "BKFE" | "BKFM" | "BKIP" | "BKPP" | "CBLK" | "CDCB" | "CDCD" | "CDCS" | "CDDP" | "CDOC" | "CDQC" | "ETUP" | "FCOL" | "MTUP" | "ACCT" | "CASH" | "COLL" | "CSDB" | "DEPT" | "INTC" | "INTP" | "LIMA" | "NETT" | "BFWD" | "CCIR" | "CCPC" | "CCPM" | "CCSM" | "CRDS" | "CRPR" | "CRSP" | "CRTL" | "EQPT" | "EQUS" | "EXPT" | "EXTD" | "FIXI" | "FWBC" | "FWCC" | "FWSB" | "FWSC" | "MARG" | "MBSB" | "MBSC" | "MGCC" | "MGSC" | "OCCC" | "OPBC" | "OPCC" | "OPSB" | "OPSC" | "OPTN" | "OTCD" | "REPO" | "RPBC" | "RPCC" | "RPSB" | "RPSC" | "RVPO" | "SBSC" | "SCIE" | "SCIR" | "SCRP" | "SHBC" | "SHCC" | "SHSL" | "SLEB" | "SLOA" | "SWBC" | "SWCC" | "SWPT" | "SWSB" | "SWSC" | "TBAS" | "TBBC" | "TBCC" | "TRCP" | "AGRT" | "AREN" | "BEXP" | "BOCE" | "COMC" | "CPYR" | "GDDS" | "GDSV" | "GSCB" | "LICF" | "MP2B" | "POPE" | "ROYA" | "SCVE" | "SERV" | "SUBS" | "SUPP" | "TRAD" | "CHAR" | "COMT" | "MP2P" | "ECPG" | "ECPR" | "ECPU" | "EPAY" | "CLPR" | "COMP" | "DBTC" | "GOVI" | "HLRP" | "HLST" | "INPC" | "INPR" | "INSC" | "INSU" | "INTE" | "LBRI" | "LIFI" | "LOAN" | "LOAR" | "PENO" | "PPTI" | "RELG" | "RINP" | "TRFD" | "FORW" | "FXNT" | "ADMG" | "ADVA" | "BCDM" | "BCFG" | "BLDM" | "BNET" | "CBFF" | "CBFR" | "CCRD" | "CDBL" | "CFEE" | "CGDD" | "CORT" | "COST" | "CPKC" | "DCRD" | "DSMT" | "DVPM" | "EDUC" | "FACT" | "FAND" | "FCPM" | "FEES" | "GIFT" | "GOVT" | "ICCP" | "IDCP" | "IHRP" | "INSM" | "IVPT" | "MCDM" | "MCFG" | "MSVC" | "NOWS" | "OCDM" | "OCFG" | "OFEE" | "OTHR" | "PADD" | "PTSP" | "RCKE" | "RCPT" | "REBT" | "REFU" | "RENT" | "REOD" | "RIMB" | "RPNT" | "RRBN" | "RRCT" | "RRTP" | "RVPM" | "SLPI" | "SPLT" | "STDY" | "TBAN" | "TBIL" | "TCSC" | "TELI" | "TMPG" | "TPRI" | "TPRP" | "TRNC" | "TRVC" | "WEBI" | "IPAY" | "IPCA" | "IPDO" | "IPEA" | "IPEC" | "IPEW" | "IPPS" | "IPRT" | "IPU2" | "IPUW" | "ANNI" | "CAFI" | "CFDI" | "CMDT" | "DERI" | "DIVD" | "FREX" | "HEDG" | "INVS" | "PRME" | "SAVG" | "SECU" | "SEPI" | "TREA" | "UNIT" | "FNET" | "FUTR" | "ANTS" | "CVCF" | "DMEQ" | "DNTS" | "HLTC" | "HLTI" | "HSPC" | "ICRF" | "LTCF" | "MAFC" | "MARF" | "MDCS" | "VIEW" | "CDEP" | "SWFP" | "SWPP" | "SWRS" | "SWUF" | "ADCS" | "AEMP" | "ALLW" | "ALMY" | "BBSC" | "BECH" | "BENE" | "BONU" | "CCHD" | "COMM" | "CSLP" | "GFRP" | "GVEA" | "GVEB" | "GVEC" | "GVED" | "GWLT" | "HREC" | "PAYR" | "PEFC" | "PENS" | "PRCP" | "RHBS" | "SALA" | "SPSP" | "SSBE" | "LBIN" | "LCOL" | "LFEE" | "LMEQ" | "LMFI" | "LMRK" | "LREB" | "LREV" | "LSFL" | "ESTX" | "FWLV" | "GSTX" | "HSTX" | "INTX" | "NITX" | "PTXP" | "RDTX" | "TAXS" | "VATX" | "WHLD" | "TAXR" | "B112" | "BR12" | "TLRF" | "TLRR" | "AIRB" | "BUSB" | "FERB" | "RLWY" | "TRPT" | "CBTV" | "ELEC" | "ENRG" | "GASB" | "NWCH" | "NWCM" | "OTLC" | "PHON" | "UBIL" | "WTER" | "BOND" | "CABD" | "CAEQ" | "CBCR" | "DBCR" | "DICL" | "EQTS" | "FLCR" | "EFTC" | "EFTD" | "MOMA" | "RAPI" | "GAMB" | "LOTT" | "AMEX" | "SASW" | "AUCO" | "PCOM" | "PDEP" | "PLDS" | "PLRF" | "GAFA" | "GAHO" | "CPEN" | "DEPD" | "RETL" | "DEBT";
        /**
         * @description Enumeration of codes that outlines the type of purpose behind a transaction, payment or risk.
         *      For all enum values see `ExternalCategoryPurpose1Code` [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalCategoryPurpose1Code.v4.0-payment-initiation": "BONU" | "CASH" | "CBLK" | "CCRD" | "CGWV" | "CIPC" | "CONC" | "CORT" | "DCRD" | "DIVI" | "DVPM" | "EPAY" | "FCDT" | "FCIN" | "FCOL" | "GOVT" | "GP2P" | "HEDG" | "ICCP" | "IDCP" | "INTC" | "INTE" | "LBOX" | "LOAN" | "MP2B" | "MP2P" | "OTHR" | "PENS" | "RPRE" | "RRCT" | "RVPM" | "SALA" | "SECU" | "SSBE" | "SUPP" | "SWEP" | "TAXS" | "TOPG" | "TRAD" | "TREA" | "VATX" | "VOST" | "WHLD" | "ZABA";
        /**
         * @description Specifies the extended type of account.
         * @enum {string}
         */
        "OBInternalExtendedAccountType1Code.v4.0-payment-initiation": "Business" | "BusinessSavingsAccount" | "Charity" | "Collection" | "Corporate" | "Ewallet" | "Government" | "Investment" | "ISA" | "JointPersonal" | "Pension" | "Personal" | "PersonalSavingsAccount" | "Premier" | "Wealth";
        "OBWriteDomesticConsentResponse5.v4.0-payment-initiation": {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of consent resource in code form. For a full list of values refer to `OBInternalConsentStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "AWAU" | "RJCT" | "AUTH" | "COND";
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-payment-initiation"][];
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                /**
                 * @description Specifies to share the refund account details with PISP. For a full list of values refer to `OBInternalReadRefundAccount1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /**
                 * Format: date-time
                 * @description Specified cut-off date and time for the payment consent. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CutOffDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedSettlementDateTime?: string;
                Charges?: {
                    ChargeBearer: components["schemas"]["OBInternalChargeBearerType1Code.v4.0-payment-initiation"];
                    Type: components["schemas"]["OBInternalPaymentChargeType1Code.v4.0-payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification: string;
                    LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-payment-initiation"];
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Financial institution servicing an account for the creditor. */
                    CreditorAgent?: {
                        SchemeName?: components["schemas"]["OBInternalFinancialInstitutionIdentification4Code.v4.0-payment-initiation"];
                        Identification?: components["schemas"]["Identification_1.v4.0-payment-initiation"];
                        Name?: components["schemas"]["Name"];
                        LEI?: components["schemas"]["LEI.v4.0-payment-initiation"];
                        PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested. For a full list of values refer to `OBInternalAuthorisation1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1.v4.0-payment-initiation"];
                Debtor?: components["schemas"]["OBCashAccountDebtor4.v4.0-payment-initiation"];
            };
            Risk: components["schemas"]["OBRisk1.v4.0-payment-initiation"];
            Links?: components["schemas"]["Links.v4.0-payment-initiation"];
            Meta?: components["schemas"]["Meta.v4.0-payment-initiation"];
        };
        "OBStatusReason.v4.0-payment-initiation": {
            /**
             * @description Specifies the status reason in a code form.
             *     For a full list of values refer to `OBExternalStatusReason1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @example ERIN
             */
            StatusReasonCode?: string;
            /** @description Description supporting the StatusReasonCode. */
            StatusReasonDescription?: string;
            /** @description Path is optional but relevant when the status reason refers to an object/field and hence conditional to provide JSON path. */
            Path?: string;
        };
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction. For a full list of values refer to `OBInternalChargeBearerType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "OBInternalChargeBearerType1Code.v4.0-payment-initiation": "BorneByCreditor" | "BorneByDebtor" | "FollowingServiceLevel" | "Shared";
        /** @description Charge type, in a coded form. For a full list of values refer to `OBInternalPaymentChargeType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets) */
        "OBInternalPaymentChargeType1Code.v4.0-payment-initiation": string;
        /** @description ^ Only included in the response if `Data. ReadRefundAccount` is set to `Yes` in the consent. */
        "OBCashAccountDebtor4.v4.0-payment-initiation": {
            /** @description ^ Name of the identification scheme, in a coded form as published in an external list. | Namespaced Enumeration OBInternalAccountIdentification4Code */
            SchemeName?: string;
            /** @description ^ Identification assigned by an institution to identify an account. This identification is known by the account owner. | Max256Text */
            Identification?: string;
            /** @description ^ Name of the account, as assigned by the account servicing institution.  Usage The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account. */
            Name?: string;
            /** @description ^ This is secondary identification of the account, as assigned by the account servicing institution.  This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination) | Max34Text */
            SecondaryIdentification?: string;
            LEI?: components["schemas"]["LEI.v4.0-payment-initiation"];
        };
        /** @description Links relevant to the payload */
        "Links.v4.0-payment-initiation": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload
         */
        "Meta.v4.0-payment-initiation": {
            /** Format: int32 */
            TotalPages?: number;
            FirstAvailableDateTime?: components["schemas"]["ISODateTime"];
            LastAvailableDateTime?: components["schemas"]["ISODateTime"];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        "OBErrorResponse1.v4.0-payment-initiation": {
            /** @description A unique reference for the error instance, for audit purposes, in case of unknown/unclassified errors. */
            Id?: string;
            /**
             * @description Deprecated <br>High level textual error code, to help categorise the errors.
             * @example 400 BadRequest
             */
            Code?: string;
            /**
             * @description Deprecated <br>Brief Error message
             * @example There is something wrong with the request parameters provided
             */
            Message?: string;
            Errors: components["schemas"]["OBError1.v4.0-payment-initiation"][];
        };
        "OBError1.v4.0-payment-initiation": {
            ErrorCode: components["schemas"]["OBInternalErrorResponseError1Code"];
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBL doesn't standardise this field
             */
            Message?: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /**
         * @description Low level textual error code, for all enum values see `OBInternalErrorResponseError1Code` [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example U001
         */
        OBInternalErrorResponseError1Code: string;
        "OBWriteDomesticScheduledConsent4.v4.0-payment-initiation": {
            Data: {
                /**
                 * @description Specifies the Open Banking service request types. For a full list of values see `OBInternalPermissions2Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Permission: "Create";
                /**
                 * @description Specifies to share the refund account details with PISP. For a full list of values see `OBInternalReadRefundAccount1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single scheduled domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification?: string;
                    LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-payment-initiation"];
                    /**
                     * Format: date-time
                     * @description Date at which the initiating party requests the clearing agent to process the payment.
                     *     Usage: This is the date on which the debtor's account is to be debited. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RequestedExecutionDateTime: string;
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested. For a full list of values refer to `OBInternalAuthorisation1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1.v4.0-payment-initiation"];
            };
            Risk: components["schemas"]["OBRisk1.v4.0-payment-initiation"];
        };
        "OBWriteDomesticScheduledConsentResponse5.v4.0-payment-initiation": {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of consent resource in code form. For a full list of values see `OBInternalConsentStatus1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "AUTH" | "AWAU" | "COND" | "RJCT";
                /**
                 * Format: date-time
                 * @description Date and time at which the consent resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-payment-initiation"][];
                /**
                 * @description Specifies the Open Banking service request types. For a full list of values see `OBInternalPermissions2Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Permission: "Create";
                /**
                 * @description Specifies to share the refund account details with PISP. For a full list of values see `OBInternalReadRefundAccount1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /**
                 * Format: date-time
                 * @description Specified cut-off date and time for the payment consent. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CutOffDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedSettlementDateTime?: string;
                Charges?: {
                    ChargeBearer: components["schemas"]["OBInternalChargeBearerType1Code.v4.0-payment-initiation"];
                    Type: components["schemas"]["OBInternalPaymentChargeType1Code.v4.0-payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single scheduled domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification?: string;
                    LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-payment-initiation"];
                    /**
                     * Format: date-time
                     * @description Date at which the initiating party requests the clearing agent to process the payment.
                     *     Usage: This is the date on which the debtor's account is to be debited. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RequestedExecutionDateTime: string;
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested. For a full list of values refer to `OBInternalAuthorisation1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1.v4.0-payment-initiation"];
                Debtor?: components["schemas"]["OBCashAccountDebtor4.v4.0-payment-initiation"];
            };
            Risk: components["schemas"]["OBRisk1.v4.0-payment-initiation"];
            Links?: components["schemas"]["Links.v4.0-payment-initiation"];
            Meta?: components["schemas"]["Meta.v4.0-payment-initiation"];
        };
        "OBWriteDomesticStandingOrderConsent5.v4.0-payment-initiation": {
            Data: {
                /**
                 * @description Specifies the Open Banking service request types. For a full list of values see `OBInternalPermissions2Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Permission: "Create";
                /**
                 * @description Specifies to share the refund account details with PISP. For a full list of values see `OBInternalReadRefundAccount1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a domestic standing order. */
                Initiation: {
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    NumberOfPayments?: components["schemas"]["NumberOfPayments"];
                    /** @description The amount of the first Standing Order */
                    FirstPaymentAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description The amount of the recurring Standing Order */
                    RecurringPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description The amount of the final Standing Order */
                    FinalPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Provides the details to identify the debtor account. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    MandateRelatedInformation: components["schemas"]["OBMandateRelatedInformation1.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested. For a full list of values refer to `OBInternalAuthorisation1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1.v4.0-payment-initiation"];
            };
            Risk: components["schemas"]["OBRisk1.v4.0-payment-initiation"];
        };
        "OBMandateRelatedInformation1.v4.0-payment-initiation": {
            MandateIdentification?: components["schemas"]["Identification_1.v4.0-payment-initiation"];
            Classification?: components["schemas"]["OBExternalMandateClassification1Code.v4.0-payment-initiation"];
            CategoryPurposeCode?: components["schemas"]["ExternalCategoryPurpose1Code.v4.0-payment-initiation"];
            /** Format: date-time */
            FirstPaymentDateTime?: string;
            /**
             * Format: date-time
             * @description The date on which the first recurring payment for a Standing Order schedule will be made.
             *     Usage: This must be populated only if the first recurring date is different to the first payment date. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            RecurringPaymentDateTime?: string;
            /** Format: date-time */
            FinalPaymentDateTime?: string;
            Frequency: components["schemas"]["OBFrequency6.v4.0-payment-initiation"];
            /** @description Reason for the direct debit mandate to allow the user to distinguish between different mandates for the same creditor. */
            Reason?: string;
        };
        /** @enum {string} */
        "OBExternalMandateClassification1Code.v4.0-payment-initiation": "FIXE" | "USGB" | "VARI";
        /** @description Regularity with which credit transfer instructions are to be created and processed */
        "OBFrequency6.v4.0-payment-initiation": {
            Type: components["schemas"]["OBFrequency6Code.v4.0-payment-initiation"] | components["schemas"]["Frequency_1"];
            /**
             * Format: int32
             * @description Number of instructions to be created and processed during the specified period .Specifies a frequency in terms of a count per period within a specified frequency type. Note: should not be used alongside `PointInTime`
             * @example 1
             */
            CountPerPeriod?: number;
            PointInTime?: components["schemas"]["PointInTime.v4.0-payment-initiation"];
        };
        /**
         * @description `OBFrequency6Code` on External Codset Repo
         * @enum {string}
         */
        "OBFrequency6Code.v4.0-payment-initiation": "ADHO" | "YEAR" | "DAIL" | "FRTN" | "INDA" | "MNTH" | "QURT" | "MIAN" | "WEEK" | "WEEK" | "WODL" | "FOWK" | "TWMH" | "FOMH" | "FIMH" | "ALMH" | "NONE";
        /**
         * @description Exact2NumericText - Further information on the exact point in time the event should take place. Specifies a frequency in terms of an exact point in time or moment within a specified frequency type. Note: should not be used alongside `CountPerSide`
         * @example 00
         */
        "PointInTime.v4.0-payment-initiation": string;
        "OBWriteDomesticStandingOrderConsentResponse6.v4.0-payment-initiation": {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of consent resource in code form. For a full list of values see `OBInternalConsentStatus1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "AUTH" | "AWAU" | "COND" | "RJCT";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-payment-initiation"][];
                /**
                 * @description Specifies the Open Banking service request types. For a full list of values see `OBInternalPermissions2Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Permission: "Create";
                /**
                 * @description Specifies to share the refund account details with PISP.  For a full list of values see `OBInternalReadRefundAccount1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                ReadRefundAccount?: "No" | "Yes";
                /**
                 * Format: date-time
                 * @description Specified cut-off date and time for the payment consent. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CutOffDateTime?: string;
                Charges?: {
                    ChargeBearer: components["schemas"]["OBInternalChargeBearerType1Code.v4.0-payment-initiation"];
                    Type: components["schemas"]["OBInternalPaymentChargeType1Code.v4.0-payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a domestic standing order. */
                Initiation: {
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    NumberOfPayments?: components["schemas"]["NumberOfPayments"];
                    /** @description The amount of the first Standing Order */
                    FirstPaymentAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description The amount of the recurring Standing Order */
                    RecurringPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description The amount of the final Standing Order */
                    FinalPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    MandateRelatedInformation: components["schemas"]["OBMandateRelatedInformation1.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The authorisation type request from the TPP. */
                Authorisation?: {
                    /**
                     * @description Type of authorisation flow requested.
                     * @enum {string}
                     */
                    AuthorisationType: "Any" | "Single";
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    CompletionDateTime?: string;
                };
                SCASupportData?: components["schemas"]["OBSCASupportData1.v4.0-payment-initiation"];
                Debtor?: components["schemas"]["OBCashAccountDebtor4.v4.0-payment-initiation"];
            };
            Risk: components["schemas"]["OBRisk1.v4.0-payment-initiation"];
            Links?: components["schemas"]["Links.v4.0-payment-initiation"];
            Meta?: components["schemas"]["Meta.v4.0-payment-initiation"];
        };
        "OBFundsConfirmationConsent1.v4.0-confirmation-funds": {
            Data: {
                /**
                 * Format: date-time
                 * @description Specified date and time the funds confirmation authorisation will expire.
                 *      If this is not populated, the authorisation will be open ended. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpirationDateTime?: string;
                /** @description Unambiguous identification of the account of the debtor to which a confirmation of funds consent will be applied. */
                DebtorAccount: {
                    /** @description Name of the identification scheme, in a coded form as published in an external list. For a full list of values see `OBInternalAccountIdentification4Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets) */
                    SchemeName: string;
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    Identification: string;
                    /**
                     * @description Name of the account, as assigned by the account servicing institution.
                     *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                     */
                    Name?: string;
                    /**
                     * @description This is secondary identification of the account, as assigned by the account servicing institution.
                     *     This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination).
                     */
                    SecondaryIdentification?: string;
                    Proxy?: components["schemas"]["OBProxy1.v4.0-confirmation-funds"];
                };
            };
        };
        /** @description Specifies an alternate assumed name for the identification of the account. */
        "OBProxy1.v4.0-confirmation-funds": {
            /** @description Identification used to indicate the account identification under another specified name. */
            Identification: string;
            Code: components["schemas"]["ExternalProxyAccountType1Code.v4.0-confirmation-funds"];
            /** @description Type of the proxy identification. */
            Type?: string;
        };
        /**
         * @description Specifies the external proxy account type code, as published in the proxy account type external code set.<br > For a full list of values refer to `ExternalProxyAccountType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalProxyAccountType1Code.v4.0-confirmation-funds": "TELE" | "EMAL" | "DNAM" | "CINC" | "COTX" | "COID" | "CUST" | "DRLC" | "EIDN" | "EWAL" | "PVTX" | "LEIC" | "MBNO" | "NIDN" | "CCPT" | "SHID" | "SOSE" | "TOKN" | "UBIL" | "VIPN" | "BIID";
        "OBFundsConfirmationConsentResponse1.v4.0-confirmation-funds": {
            Data: {
                /** @description Unique identification as assigned to identify the funds confirmation consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of consent resource in code form. For a full list of values refer to `OBInternalConsentStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "AWAU" | "RJCT" | "AUTH" | "CANC" | "EXPD";
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-confirmation-funds"][];
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                /**
                 * Format: date-time
                 * @description Specified date and time the funds confirmation authorisation will expire.
                 *     If this is not populated, the authorisation will be open ended. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpirationDateTime?: string;
                /** @description Unambiguous identification of the account of the debtor to which a confirmation of funds consent will be applied. */
                DebtorAccount: {
                    /** @description Name of the identification scheme, in a coded form as published in an external list. For a full list of values refer to `OBInternalAccountIdentification4Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets) */
                    SchemeName: string;
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    Identification: string;
                    /**
                     * @description Name of the account, as assigned by the account servicing institution.
                     *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                     */
                    Name?: string;
                    /**
                     * @description This is secondary identification of the account, as assigned by the account servicing institution.
                     *     This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination).
                     */
                    SecondaryIdentification?: string;
                    Proxy?: components["schemas"]["OBProxy1.v4.0-confirmation-funds"];
                };
            };
            Links?: components["schemas"]["Links.v4.0-confirmation-funds"];
            Meta?: components["schemas"]["Meta.v4.0-confirmation-funds"];
        };
        "OBStatusReason.v4.0-confirmation-funds": {
            /**
             * @description Specifies the status reason in a code form.
             *      For a full list of values see `OBExternalStatusReason1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @example ERIN
             */
            StatusReasonCode?: string;
            /** @description Description supporting the StatusReasonCode. */
            StatusReasonDescription?: string;
            /** @description Optional reference to the JSON Path of the field when status reason refers to an object/field, e.g., Data.DebtorAccount.SchemeName */
            Path?: string;
        };
        /** @description Links relevant to the payload */
        "Links.v4.0-confirmation-funds": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload
         */
        "Meta.v4.0-confirmation-funds": {
            /** Format: int32 */
            TotalPages?: number;
            FirstAvailableDateTime?: components["schemas"]["ISODateTime"];
            LastAvailableDateTime?: components["schemas"]["ISODateTime"];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        "OBErrorResponse1.v4.0-confirmation-funds": {
            /** @description A unique reference for the error instance, for audit purposes, in case of unknown/unclassified errors. */
            Id?: string;
            /**
             * @description Deprecated <br>High level textual error code, to help categorise the errors.
             * @example 400 BadRequest
             */
            Code?: string;
            /**
             * @description Deprecated <br>Brief Error message
             * @example There is something wrong with the request parameters provided
             */
            Message?: string;
            Errors: components["schemas"]["OBError1.v4.0-confirmation-funds"][];
        };
        "OBError1.v4.0-confirmation-funds": {
            ErrorCode: components["schemas"]["OBExternalStatusReason1Code.v4.0-confirmation-funds"];
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBL doesn't standardise this field
             */
            Message?: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /**
         * @description Low level textual error code, for all enum values see `ExternalReturnReason1Code` [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example U001
         */
        "OBExternalStatusReason1Code.v4.0-confirmation-funds": string;
        "OBWriteDomestic2.v4.0-payment-initiation": {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification: string;
                    LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-payment-initiation"];
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Financial institution servicing an account for the creditor. */
                    CreditorAgent?: {
                        SchemeName?: components["schemas"]["OBInternalFinancialInstitutionIdentification4Code.v4.0-payment-initiation"];
                        Identification?: components["schemas"]["Identification_1.v4.0-payment-initiation"];
                        Name?: components["schemas"]["Name"];
                        LEI?: components["schemas"]["LEI.v4.0-payment-initiation"];
                        PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
            };
            Risk: components["schemas"]["OBRisk1.v4.0-payment-initiation"];
        };
        "OBWriteDomesticResponse5.v4.0-payment-initiation": {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the domestic payment resource. */
                DomesticPaymentId: string;
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the message was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of the payment information group. For a full list of values refer to `ExternalPaymentTransactionStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "RCVD" | "PDNG" | "ACTC" | "PATC" | "ACCP" | "ACFC" | "ACSP" | "ACWC" | "ACSC" | "ACWP" | "ACCC" | "BLCK" | "RJCT";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-payment-initiation"][];
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedSettlementDateTime?: string;
                /** @description Unambiguous identification of the refund account to which a refund will be made as a result of the transaction. */
                Refund?: {
                    /** @description Provides the details to identify an account. */
                    Account: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description Name of the account, as assigned by the account servicing institution.
                         *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                    };
                };
                Charges?: {
                    ChargeBearer: components["schemas"]["OBInternalChargeBearerType1Code.v4.0-payment-initiation"];
                    Type: components["schemas"]["OBInternalPaymentChargeType1Code.v4.0-payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification: string;
                    LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-payment-initiation"];
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Financial institution servicing an account for the creditor. */
                    CreditorAgent?: {
                        SchemeName?: components["schemas"]["OBInternalFinancialInstitutionIdentification4Code.v4.0-payment-initiation"];
                        Identification?: components["schemas"]["Identification_1.v4.0-payment-initiation"];
                        Name?: components["schemas"]["Name"];
                        LEI?: components["schemas"]["LEI.v4.0-payment-initiation"];
                        PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The multiple authorisation flow response from the ASPSP. */
                MultiAuthorisation?: {
                    /**
                     * @description Specifies the status of the authorisation flow in code form. For a full list of values refer to `OBInternalStatus2Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                     * @enum {string}
                     */
                    Status: "AUTH" | "AWAF" | "RJCT";
                    /** @description Number of authorisations required for payment order (total required at the start of the multi authorisation journey). */
                    NumberRequired?: number;
                    /** @description Number of authorisations received. */
                    NumberReceived?: number;
                    /**
                     * Format: date-time
                     * @description Last date and time at the authorisation flow was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    LastUpdateDateTime?: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    ExpirationDateTime?: string;
                };
                Debtor?: components["schemas"]["OBCashAccountDebtor4.v4.0-payment-initiation"];
            };
            Links?: components["schemas"]["Links.v4.0-payment-initiation"];
            Meta?: components["schemas"]["Meta.v4.0-payment-initiation"];
        };
        "OBWritePaymentDetailsResponse1.v4.0-payment-initiation": {
            Data: {
                PaymentStatus?: components["schemas"]["OBWritePaymentDetails1"][];
            };
            Links?: components["schemas"]["Links.v4.0-payment-initiation"];
            Meta?: components["schemas"]["Meta.v4.0-payment-initiation"];
        };
        OBWritePaymentDetails1: {
            /** @description Unique identifier for the transaction within an servicing institution. This identifier is both unique and immutable. */
            PaymentTransactionId: string;
            /**
             * @description Status of a transfer, as assigned by the transaction administrator. For a full list of values see `ExternalPaymentTransactionStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @enum {string}
             */
            Status: "PDNG" | "ACTC" | "PATC" | "ACCP" | "ACFC" | "ACSP" | "ACWC" | "ACSC" | "ACWP" | "ACCC" | "BLCK" | "RJCT";
            /**
             * Format: date-time
             * @description Date and time at which the status was assigned to the transfer.
             */
            StatusUpdateDateTime: string;
            /** @description Payment status details as per underlying Payment Rail. */
            StatusDetail?: {
                LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-payment-initiation"];
                /**
                 * @description Status of a transfer, as assigned by the transaction administrator. For a full list of values see `ExternalPaymentTransactionStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "PDNG" | "ACTC" | "PATC" | "ACCP" | "ACFC" | "ACSP" | "ACWC" | "ACSC" | "ACWP" | "ACCC" | "BLCK" | "RJCT";
                /** @description Reason Code provided for the status of a transfer. For a full list of values see code values for `OBExternalStatusReason1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets) */
                StatusReason?: string;
                /** @description Reason provided for the status of a transfer. For a full list of values see the code name entries for `OBExternalStatusReason1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets). */
                StatusReasonDescription?: string;
            };
        };
        "OBWriteFundsConfirmationResponse1.v4.0-payment-initiation": {
            Data: {
                /** @description Result of a funds availability check. */
                FundsAvailableResult?: {
                    /**
                     * Format: date-time
                     * @description Date and time at which the funds availability check was generated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    FundsAvailableDateTime: string;
                    /** @description Flag to indicate the availability of funds given the Amount in the consent request. */
                    FundsAvailable: boolean;
                };
                SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
            };
            Links?: components["schemas"]["Links.v4.0-payment-initiation"];
            Meta?: components["schemas"]["Meta.v4.0-payment-initiation"];
        };
        "OBReadAccount6.v4.0-account-info": {
            Data: {
                Account?: components["schemas"]["OBAccount6.v4.0-account-info"][];
            };
            Links?: components["schemas"]["Links.v4.0-account-info"];
            Meta?: components["schemas"]["Meta.v4.0-account-info"];
        };
        /**
         * @description Unambiguous identification of the account to which credit and debit entries are made. The following fields are optional only for accounts that are switched:
         *
         *       * Data.Currency
         *       * Data.AccountCategory
         *       * Data.AccountTypeCode
         *
         *     For all other accounts, the fields must be populated by the ASPSP.
         */
        "OBAccount6.v4.0-account-info": {
            AccountId: components["schemas"]["AccountId.v4.0-account-info"];
            Status?: components["schemas"]["OBInternalAccountStatus1Code"];
            StatusUpdateDateTime?: components["schemas"]["StatusUpdateDateTime.v4.0-account-info"];
            Currency?: components["schemas"]["ActiveOrHistoricCurrencyCode_0"];
            AccountCategory?: components["schemas"]["OBInternalAccountType1Code"];
            AccountTypeCode?: components["schemas"]["OBExternalAccountSubType1Code.v4.0-account-info"];
            Description?: components["schemas"]["Description_0"];
            Nickname?: components["schemas"]["Nickname"];
            OpeningDate?: components["schemas"]["OpeningDate.v4.0-account-info"];
            MaturityDate?: components["schemas"]["MaturityDate.v4.0-account-info"];
            SwitchStatus?: components["schemas"]["OBInternalSwitchStatusCode"];
            Account?: {
                SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-account-info"];
                Identification: components["schemas"]["Identification_0.v4.0-account-info"];
                Name?: components["schemas"]["Name_0.v4.0-account-info"];
                LEI?: components["schemas"]["LEI.v4.0-account-info"];
                SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-account-info"];
            }[];
            StatementFrequencyAndFormat?: components["schemas"]["StatementFrequencyAndFormat"];
            Servicer?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification5_0.v4.0-account-info"];
        };
        /**
         * @description A unique and immutable identifier used to identify the account resource. This identifier has no meaning to the account owner.
         * @example 22289
         */
        "AccountId.v4.0-account-info": string;
        /**
         * @description Specifies the status of account resource in code form. <br />
         *     For a full list of enumeration values refer to `OBInternalAccountStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example Enabled
         * @enum {string}
         */
        OBInternalAccountStatus1Code: "Deleted" | "Disabled" | "Enabled" | "Pending" | "ProForma";
        /**
         * @description Specifies the type of account (personal or business). <br /> For a full list of enumeration values refer to 'OBInternalAccountType1Code' in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        OBInternalAccountType1Code: "Business" | "Personal";
        /**
         * @description Specifies the sub type of account (product family group) <br /> For a full list of enumeration values refer to `OBExternalCashAccountType1Code` *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "OBExternalAccountSubType1Code.v4.0-account-info": "CACC" | "CARD" | "CASH" | "CHAR" | "CISH" | "COMM" | "CPAC" | "LLSV" | "LOAN" | "MGLD" | "MOMA" | "NREX" | "ODFT" | "ONDP" | "OTHR" | "SACC" | "SLRY" | "SVGS" | "TAXE" | "TRAN" | "TRAS" | "VACC" | "NFCA" | "MORT" | "WALT";
        /**
         * Format: date-time
         * @description Date on which the account and related basic services are effectively operational for the account owner. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        "OpeningDate.v4.0-account-info": string;
        /**
         * Format: date-time
         * @description Maturity date of the account. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        "MaturityDate.v4.0-account-info": string;
        /** @description Specifies the switch status for the account, in a coded form. <br /> For a full list of enumeration values refer to `OBInternalSwitchStatusCode` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets) */
        OBInternalSwitchStatusCode: string;
        /** @description Name of the identification scheme, in a coded form as published in an external list. <br /> For a full list of enumeration values refer to `OBInternalAccountIdentification4Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets) */
        "OBInternalAccountIdentification4Code.v4.0-account-info": string;
        /**
         * @description Identification assigned by an institution to identify an account. This identification is known by the account owner.
         * @example 80200112344562
         */
        "Identification_0.v4.0-account-info": string;
        /**
         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
         *     Note, the account name is not the product name or the nickname of the account.
         * @example Jane Smith
         */
        "Name_0.v4.0-account-info": string;
        /**
         * @description Legal entity identification as an alternate identification for a party. Legal Entity Identifier is a code allocated to a party as described in ISO 17442 "Financial Services - Legal Entity Identifier (LEI)".
         * @example IZ9Q00LZEVUKWCQY6X15
         */
        "LEI.v4.0-account-info": string;
        /**
         * @description This is secondary identification of the account, as assigned by the account servicing institution.
         *     This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination).
         * @example 87562298675897
         */
        "SecondaryIdentification.v4.0-account-info": string;
        StatementFrequencyAndFormat: {
            Frequency?: components["schemas"]["OBFrequency2"];
            CommunicationMethod?: components["schemas"]["OBCommunicationMethod"];
            Format?: components["schemas"]["OBFileFormat"];
            DeliveryAddress?: components["schemas"]["OBPostalAddress7.v4.0-account-info"];
        }[];
        /**
         * @description For a full list of enumeration values refer to `OBFrequency2Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_internal_CodeSets)
         * @enum {string}
         */
        OBFrequency2: "YEAR" | "DAIL" | "INDA" | "MNTH" | "QURT" | "MIAN" | "TEND" | "MOVE" | "WEEK";
        /**
         * @description For a full list of enumeration values see `OBExternalCommunicationMethod2Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_internal_CodeSets)
         * @enum {string}
         */
        OBCommunicationMethod: "EMAL" | "FAXI" | "FILE" | "ONLI" | "POST";
        /**
         * @description For a full list of enumeration values refer to `ExternalDocumentFormat1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_internal_CodeSets)
         * @enum {string}
         */
        OBFileFormat: "DPDF" | "DXML" | "SDSH" | "WORD" | "XSLT";
        /** @description Information that locates and identifies a specific address, as defined by postal services. */
        "OBPostalAddress7.v4.0-account-info": {
            AddressType?: components["schemas"]["OBAddressType2Code.v4.0-account-info"];
            /**
             * @description Identification of a division of a large organisation or building.
             * @example Finance
             */
            Department?: string;
            /**
             * @description Identification of a sub-division of a large organisation or building.
             * @example Payroll
             */
            SubDepartment?: string;
            StreetName?: components["schemas"]["StreetName.v4.0-account-info"];
            BuildingNumber?: components["schemas"]["BuildingNumber.v4.0-account-info"];
            BuildingName?: components["schemas"]["BuildingName"];
            Floor?: components["schemas"]["Floor.v4.0-account-info"];
            UnitNumber?: components["schemas"]["UnitNumber.v4.0-account-info"];
            Room?: components["schemas"]["Room.v4.0-account-info"];
            PostBox?: components["schemas"]["PostBox.v4.0-account-info"];
            TownLocationName?: components["schemas"]["TownName.v4.0-account-info"];
            DistrictName?: components["schemas"]["DistrictName.v4.0-account-info"];
            CareOf?: components["schemas"]["CareOf.v4.0-account-info"];
            PostCode?: components["schemas"]["PostCode.v4.0-account-info"];
            TownName?: components["schemas"]["TownName.v4.0-account-info"];
            /** @description Identifies a subdivision of a country such as state, region, county. */
            CountrySubDivision?: string;
            /** @description Nation with its own government. */
            Country?: string;
            AddressLine?: string[];
        };
        /**
         * @description Identifies the nature of the postal address. <br /> For a full set of codes see `OBAddressType2Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets).
         * @example BIZZ
         * @enum {string}
         */
        "OBAddressType2Code.v4.0-account-info": "BIZZ" | "DLVY" | "MLTO" | "PBOX" | "ADDR" | "HOME" | "CORR" | "STAT";
        /**
         * @description Name of a street or thoroughfare.
         * @example Bank Street
         */
        "StreetName.v4.0-account-info": string;
        /**
         * @description Number that identifies the position of a building on a street.
         * @example 11
         */
        "BuildingNumber.v4.0-account-info": string;
        /**
         * @description Number that identifies the level within a building
         * @example 11
         */
        "Floor.v4.0-account-info": string;
        /**
         * @description Number that identifies the unit of a specific address .
         * @example A88
         */
        "UnitNumber.v4.0-account-info": string;
        /**
         * @description Information that locates and identifies a room to form part of an address
         * @example Basement 03
         */
        "Room.v4.0-account-info": string;
        /**
         * @description Information that locates and identifies a box in a post office assigned to a person or organization, where letters for them are kept until called for.
         * @example PO Box 123456
         */
        "PostBox.v4.0-account-info": string;
        /**
         * @description Name of a built-up area, with defined boundaries, and a local government.
         * @example London
         */
        "TownName.v4.0-account-info": string;
        /**
         * @description Number that of the regional area, known as a district, which forms part of an address
         * @example Greater London
         */
        "DistrictName.v4.0-account-info": string;
        /**
         * @description The 'care of' address is used whenever sending mail to a person or organisation who does not actually live or work at the address. They will receive the mail for the individual.
         * @example Jane Smith
         */
        "CareOf.v4.0-account-info": string;
        /**
         * @description Identifier consisting of a group of letters and/or numbers that is added to a postal address to assist the sorting of mail.
         * @example EC2N 4AG
         */
        "PostCode.v4.0-account-info": string;
        /** @description Party that manages the account on behalf of the account owner, that is manages the registration and booking of entries on the account, calculates balances on the account and provides information about the account. */
        "OBBranchAndFinancialInstitutionIdentification5_0.v4.0-account-info": {
            SchemeName: components["schemas"]["OBInternalFinancialInstitutionIdentification4Code.v4.0-account-info"];
            Identification: components["schemas"]["Identification_1.v4.0-account-info"];
            Name?: components["schemas"]["Name_1.v4.0-account-info"];
        };
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list.<br/> For a full list of enumeration values refer to `OBInternalFinancialInstitutionIdentification4Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example UK.OBIE.BICFI
         */
        "OBInternalFinancialInstitutionIdentification4Code.v4.0-account-info": string;
        /**
         * @description Unique and unambiguous identification of the servicing institution.
         * @example 80200112344562
         */
        "Identification_1.v4.0-account-info": string;
        /**
         * @description Name by which an agent is known and which is usually used to identify that agent.
         * @example Agent Name
         */
        "Name_1.v4.0-account-info": string;
        "OBReadBalance1.v4.0-account-info": {
            Data: {
                Balance: {
                    AccountId: components["schemas"]["AccountId.v4.0-account-info"];
                    CreditDebitIndicator: components["schemas"]["OBCreditDebitCode_2.v4.0-account-info"];
                    Type: components["schemas"]["OBBalanceType1Code.v4.0-account-info"];
                    /**
                     * Format: date-time
                     * @description Indicates the date (and time) of the balance. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    DateTime: string;
                    /** @description Amount of money of the cash balance. */
                    Amount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
                        /**
                         * @description Balance sub type, in a coded form. Default if not specified is BCUR of the account
                         * @default BCUR
                         * @enum {string}
                         */
                        SubType: "BCUR" | "LCUR";
                    };
                    CreditLine?: {
                        /**
                         * @description Indicates whether or not the credit line is included in the balance of the account.
                         *     Usage: If not present, credit line is not included in the balance amount of the account.
                         */
                        Included: boolean;
                        /**
                         * @description Limit type, in a coded form. <br /> For a full list of enumeration values refer to `OBInternalLimitType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                         * @enum {string}
                         */
                        Type?: "Available" | "Credit" | "Emergency" | "Pre-Agreed" | "Temporary";
                        /** @description Amount of money of the credit line. */
                        Amount?: {
                            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
                            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
                        };
                    }[];
                    /** @description Optional component providing the equivalent of Amount in local currency. Default is Local Currency (LCUR) if not specified */
                    LocalAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
                        /**
                         * @description Balance sub type, in a coded form. Default if not specified is LCUR of the account
                         * @default LCUR
                         * @enum {string}
                         */
                        SubType: "BCUR" | "LCUR";
                    };
                }[];
                /** @description Combined sum of all Amounts in the accounts base currency */
                TotalValue?: {
                    Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
                    Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
                };
            };
            Links?: components["schemas"]["Links.v4.0-account-info"];
            Meta?: components["schemas"]["Meta.v4.0-account-info"];
        };
        /**
         * @description Indicates whether the balance is a credit or a debit balance.
         *     Usage: A zero balance is considered to be a credit balance.
         *     <br />
         *     For a full list of enumeration values refer to `OBInternalCreditDebitCode` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example Credit
         * @enum {string}
         */
        "OBCreditDebitCode_2.v4.0-account-info": "Credit" | "Debit";
        /**
         * @description Balance type, in a coded form. <br /> For a full list of enumeration values refer to `ExternalBalanceType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets).
         * @example CLAV
         * @enum {string}
         */
        "OBBalanceType1Code.v4.0-account-info": "CLAV" | "CLBD" | "FWAV" | "INFO" | "ITAV" | "ITBD" | "OPAV" | "OPBD" | "PRCD" | "XPCD";
        /**
         * @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217.
         * @example 1209.06
         */
        "OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info": string;
        /**
         * @description A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds".
         * @example GBP
         */
        "ActiveOrHistoricCurrencyCode_1.v4.0-account-info": string;
        "OBReadTransaction6.v4.0-account-info": {
            Data: components["schemas"]["OBReadDataTransaction6.v4.0-account-info"];
            Links?: components["schemas"]["Links.v4.0-account-info"];
            Meta?: components["schemas"]["Meta.v4.0-account-info"];
        };
        "OBReadDataTransaction6.v4.0-account-info": {
            Transaction?: components["schemas"]["OBTransaction6.v4.0-account-info"][];
        };
        /** @description Provides further details on an entry in the report. */
        "OBTransaction6.v4.0-account-info": {
            AccountId: components["schemas"]["AccountId.v4.0-account-info"];
            TransactionId?: components["schemas"]["TransactionId"];
            TransactionReference?: components["schemas"]["TransactionReference"];
            StatementReference?: components["schemas"]["StatementReference.v4.0-account-info"][];
            CreditDebitIndicator: components["schemas"]["OBCreditDebitCode_1.v4.0-account-info"];
            Status: components["schemas"]["ExternalEntryStatus1Code"];
            TransactionMutability?: components["schemas"]["OBInternalTransactionMutability1Code"];
            BookingDateTime: components["schemas"]["BookingDateTime.v4.0-account-info"];
            ValueDateTime?: components["schemas"]["ValueDateTime.v4.0-account-info"];
            TransactionInformation?: components["schemas"]["TransactionInformation"];
            AddressLine?: components["schemas"]["AddressLine"];
            Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_9.v4.0-account-info"];
            ChargeAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_10.v4.0-account-info"];
            CurrencyExchange?: components["schemas"]["OBCurrencyExchange5.v4.0-account-info"];
            BankTransactionCode?: components["schemas"]["OBBankTransactionCodeStructure1"];
            ProprietaryBankTransactionCode?: components["schemas"]["ProprietaryBankTransactionCodeStructure1"];
            ExtendedProprietaryBankTransactionCodes?: components["schemas"]["OBExtendedProprietaryBankTransactionCode"][];
            Balance?: components["schemas"]["OBTransactionCashBalance.v4.0-account-info"];
            MerchantDetails?: components["schemas"]["OBMerchantDetails1"];
            CreditorAgent?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification6_1.v4.0-account-info"];
            CreditorAccount?: components["schemas"]["OBCashAccount6_0.v4.0-account-info"];
            DebtorAgent?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification6_2.v4.0-account-info"];
            DebtorAccount?: components["schemas"]["OBCashAccount6_1.v4.0-account-info"];
            CardInstrument?: components["schemas"]["OBTransactionCardInstrument1.v4.0-account-info"];
            SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
            CategoryPurposeCode?: components["schemas"]["ExternalCategoryPurpose1Code.v4.0-account-info"];
            PaymentPurposeCode?: components["schemas"]["OBExternalPurpose1Code.v4.0-account-info"];
            UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-account-info"];
            UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-account-info"];
        };
        /**
         * @description Unique reference for the statement. This reference may be optionally populated if available.
         * @example 002
         */
        "StatementReference.v4.0-account-info": string;
        /**
         * @description Indicates whether the transaction is a credit or a debit entry. <br />
         *     <br />
         *     For a full list of enumeration values refer to `OBInternalCreditDebitCode` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "OBCreditDebitCode_1.v4.0-account-info": "Credit" | "Debit";
        /**
         * @description Status of a transaction entry on the books of the account servicer. <br />
         *     For a full list of enumeration values refer to `ExternalEntryStatus1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        ExternalEntryStatus1Code: "BOOK" | "FUTR" | "INFO" | "PDNG" | "RJCT";
        /**
         * @description Specifies the Mutability of the Transaction record. <br />
         *     For a full list of enumeration values refer to `OBInternalTransactionMutability1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        OBInternalTransactionMutability1Code: "Mutable" | "Immutable";
        /**
         * Format: date-time
         * @description Date and time when a transaction entry is posted to an account on the account servicer's books.
         *     Usage: Booking date is the expected booking date, unless the status is booked, in which case it is the actual booking date. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        "BookingDateTime.v4.0-account-info": string;
        /**
         * Format: date-time
         * @description Date and time at which assets become available to the account owner in case of a credit entry, or cease to be available to the account owner in case of a debit transaction entry.
         *     Usage: If transaction entry status is pending and value date is present, then the value date refers to an expected/requested value date.
         *     For transaction entries subject to availability/float and for which availability information is provided, the value date must not be used. In this case the availability component identifies the number of availability days. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        "ValueDateTime.v4.0-account-info": string;
        /** @description Amount of money in the cash transaction entry. */
        "OBActiveOrHistoricCurrencyAndAmount_9.v4.0-account-info": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
        };
        /** @description Transaction charges to be paid by the charge bearer. */
        "OBActiveOrHistoricCurrencyAndAmount_10.v4.0-account-info": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
        };
        /** @description Set of elements used to provide details on the currency exchange. */
        "OBCurrencyExchange5.v4.0-account-info": {
            /** @description Currency from which an amount is to be converted in a currency conversion. */
            SourceCurrency: string;
            /** @description Currency into which an amount is to be converted in a currency conversion. */
            TargetCurrency?: string;
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
            UnitCurrency?: string;
            /**
             * @description Factor used to convert an amount from one currency into another. This reflects the price at which one currency was bought with another currency.
             *     Usage: ExchangeRate expresses the ratio between UnitCurrency and QuotedCurrency (ExchangeRate = UnitCurrency/QuotedCurrency).
             */
            ExchangeRate: number;
            /** @description Unique identification to unambiguously identify the foreign exchange contract. */
            ContractIdentification?: string;
            /**
             * Format: date-time
             * @description Date and time at which an exchange rate is quoted. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            QuotationDate?: string;
            /** @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party. */
            InstructedAmount?: {
                Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
            };
        };
        /** @description Additional proprietary bank transaction codes used by the ASPSP for the underlying transaction */
        OBExtendedProprietaryBankTransactionCode: {
            /** @description Proprietary bank transaction code to identify the underlying transaction. */
            Code: string;
            /** @description Identification of the issuer of the proprietary bank transaction code. */
            Issuer?: string;
            /** @description Description of the code and its usage on the ASPSP channel */
            Description?: string;
        };
        /** @description Set of elements used to define the balance as a numerical representation of the net increases and decreases in an account after a transaction entry is applied to the account. */
        "OBTransactionCashBalance.v4.0-account-info": {
            CreditDebitIndicator: components["schemas"]["OBCreditDebitCode_2.v4.0-account-info"];
            Type: components["schemas"]["OBBalanceType1Code.v4.0-account-info"];
            /** @description Amount of money of the cash balance after a transaction entry is applied to the account.. */
            Amount: {
                Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
            };
        };
        /** @description Financial institution servicing an account for the creditor. */
        "OBBranchAndFinancialInstitutionIdentification6_1.v4.0-account-info": {
            SchemeName?: components["schemas"]["OBInternalFinancialInstitutionIdentification4Code.v4.0-account-info"];
            Identification?: components["schemas"]["Identification_2"];
            Name?: components["schemas"]["Name_1.v4.0-account-info"];
            LEI?: components["schemas"]["LEI.v4.0-account-info"];
            PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-account-info"];
        };
        /** @description Unambiguous identification of the account of the creditor, in the case of a debit transaction. */
        "OBCashAccount6_0.v4.0-account-info": {
            SchemeName?: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-account-info"];
            Identification?: components["schemas"]["Identification_0.v4.0-account-info"];
            Name?: components["schemas"]["Name_0.v4.0-account-info"];
            SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-account-info"];
            Proxy?: components["schemas"]["OBProxy1.v4.0-account-info"];
        };
        /** @description Specifies an alternate assumed name for the identification of the account. */
        "OBProxy1.v4.0-account-info": {
            /**
             * @description Identification used to indicate the account identification under another specified name.
             * @example 2360549017905188
             */
            Identification: string;
            Code: components["schemas"]["ExternalProxyAccountType1Code.v4.0-account-info"];
            /** @description Type of the proxy identification. */
            Type?: string;
        };
        /**
         * @description Specifies the external proxy account type code, as published in the proxy account type external code set.<br /> For more information and a full list of values see `ExternalProxyAccountType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example TELE
         * @enum {string}
         */
        "ExternalProxyAccountType1Code.v4.0-account-info": "TELE" | "EMAL" | "DNAM" | "CINC" | "COTX" | "COID" | "CUST" | "DRLC" | "EIDN" | "EWAL" | "PVTX" | "LEIC" | "MBNO" | "NIDN" | "CCPT" | "SHID" | "SOSE" | "TOKN" | "UBIL" | "VIPN" | "BIID";
        /** @description Financial institution servicing an account for the debtor. */
        "OBBranchAndFinancialInstitutionIdentification6_2.v4.0-account-info": {
            SchemeName?: components["schemas"]["OBInternalFinancialInstitutionIdentification4Code.v4.0-account-info"];
            Identification?: components["schemas"]["Identification_2"];
            Name?: components["schemas"]["Name_1.v4.0-account-info"];
            LEI?: components["schemas"]["LEI.v4.0-account-info"];
            PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-account-info"];
        };
        /** @description Unambiguous identification of the account of the debtor, in the case of a crebit transaction. */
        "OBCashAccount6_1.v4.0-account-info": {
            SchemeName?: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-account-info"];
            Identification?: components["schemas"]["Identification_0.v4.0-account-info"];
            Name?: components["schemas"]["Name_0.v4.0-account-info"];
            SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-account-info"];
            Proxy?: components["schemas"]["OBProxy1.v4.0-account-info"];
        };
        /**
         * @description Set of elements to describe the card instrument used in the transaction. <br />
         *     For a full list of enumeration values refer to `OBInternalCardSchemeType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         */
        "OBTransactionCardInstrument1.v4.0-account-info": {
            /**
             * @description Name of the card scheme. <br />
             *     For a full list of enumeration values refer to `OBInternalCardSchemeType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @enum {string}
             */
            CardSchemeName: "AmericanExpress" | "Diners" | "Discover" | "MasterCard" | "VISA";
            /**
             * @description The card authorisation type. <br />
             *     For a full list of enumeration values refer to `OBInternalCardAuthorisationType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @enum {string}
             */
            AuthorisationType?: "ConsumerDevice" | "Contactless" | "None" | "PIN";
            /** @description Name of the cardholder using the card instrument. */
            Name?: string;
            /** @description Identification assigned by an institution to identify the card instrument used in the transaction. This identification is known by the account owner, and may be masked. */
            Identification?: string;
        };
        /**
         * @description Enumeration of codes that outlines the type of purpose behind a transaction, payment or risk.  For all enum values see `ExternalCategoryPurpose1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalCategoryPurpose1Code.v4.0-account-info": "BONU" | "CASH" | "CBLK" | "CCRD" | "CGWV" | "CIPC" | "CONC" | "CORT" | "DCRD" | "DIVI" | "DVPM" | "EPAY" | "FCDT" | "FCIN" | "FCOL" | "GOVT" | "GP2P" | "HEDG" | "ICCP" | "IDCP" | "INTC" | "INTE" | "LBOX" | "LOAN" | "MP2B" | "MP2P" | "OTHR" | "PENS" | "RPRE" | "RRCT" | "RVPM" | "SALA" | "SECU" | "SSBE" | "SUPP" | "SWEP" | "TAXS" | "TOPG" | "TRAD" | "TREA" | "VATX" | "VOST" | "WHLD" | "ZABA";
        /**
         * @description For a full list of enumeration values refer to `ExternalPurpose1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "OBExternalPurpose1Code.v4.0-account-info": "BKDF" | "BKFE" | "BKFM" | "BKIP" | "BKPP" | "CBLK" | "CDCB" | "CDCD" | "CDCS" | "CDDP" | "CDOC" | "CDQC" | "ETUP" | "FCOL" | "MTUP" | "ACCT" | "CASH" | "COLL" | "CSDB" | "DEPT" | "INTC" | "INTP" | "LIMA" | "NETT" | "BFWD" | "CCIR" | "CCPC" | "CCPM" | "CCSM" | "CRDS" | "CRPR" | "CRSP" | "CRTL" | "EQPT" | "EQUS" | "EXPT" | "EXTD" | "FIXI" | "FWBC" | "FWCC" | "FWSB" | "FWSC" | "MARG" | "MBSB" | "MBSC" | "MGCC" | "MGSC" | "OCCC" | "OPBC" | "OPCC" | "OPSB" | "OPSC" | "OPTN" | "OTCD" | "REPO" | "RPBC" | "RPCC" | "RPSB" | "RPSC" | "RVPO" | "SBSC" | "SCIE" | "SCIR" | "SCRP" | "SHBC" | "SHCC" | "SHSL" | "SLEB" | "SLOA" | "SWBC" | "SWCC" | "SWPT" | "SWSB" | "SWSC" | "TBAS" | "TBBC" | "TBCC" | "TRCP" | "AGRT" | "AREN" | "BEXP" | "BOCE" | "COMC" | "CPYR" | "GDDS" | "GDSV" | "GSCB" | "LICF" | "MP2B" | "POPE" | "ROYA" | "SCVE" | "SERV" | "SUBS" | "SUPP" | "TRAD" | "CHAR" | "COMT" | "MP2P" | "ECPG" | "ECPR" | "ECPU" | "EPAY" | "CLPR" | "COMP" | "DBTC" | "GOVI" | "HLRP" | "HLST" | "INPC" | "INPR" | "INSC" | "INSU" | "INTE" | "LBRI" | "LIFI" | "LOAN" | "LOAR" | "PENO" | "PPTI" | "RELG" | "RINP" | "TRFD" | "FORW" | "FXNT" | "ADMG" | "ADVA" | "BCDM" | "BCFG" | "BLDM" | "BNET" | "CBFF" | "CBFR" | "CCRD" | "CDBL" | "CFEE" | "CGDD" | "CORT" | "COST" | "CPKC" | "DCRD" | "DSMT" | "DVPM" | "EDUC" | "FACT" | "FAND" | "FCPM" | "FEES" | "GIFT" | "GOVT" | "ICCP" | "IDCP" | "IHRP" | "INSM" | "IVPT" | "MCDM" | "MCFG" | "MSVC" | "NOWS" | "OCDM" | "OCFG" | "OFEE" | "OTHR" | "PADD" | "PTSP" | "RCKE" | "RCPT" | "REBT" | "REFU" | "RENT" | "REOD" | "RIMB" | "RPNT" | "RRBN" | "RRCT" | "RRTP" | "RVPM" | "SLPI" | "SPLT" | "STDY" | "TBAN" | "TBIL" | "TCSC" | "TELI" | "TMPG" | "TPRI" | "TPRP" | "TRNC" | "TRVC" | "WEBI" | "IPAY" | "IPCA" | "IPDO" | "IPEA" | "IPEC" | "IPEW" | "IPPS" | "IPRT" | "IPU2" | "IPUW" | "ANNI" | "CAFI" | "CFDI" | "CMDT" | "DERI" | "DIVD" | "FREX" | "HEDG" | "INVS" | "PRME" | "SAVG" | "SECU" | "SEPI" | "TREA" | "UNIT" | "FNET" | "FUTR" | "ANTS" | "CVCF" | "DMEQ" | "DNTS" | "HLTC" | "HLTI" | "HSPC" | "ICRF" | "LTCF" | "MAFC" | "MARF" | "MDCS" | "VIEW" | "CDEP" | "SWFP" | "SWPP" | "SWRS" | "SWUF" | "ADCS" | "AEMP" | "ALLW" | "ALMY" | "BBSC" | "BECH" | "BENE" | "BONU" | "CCHD" | "COMM" | "CSLP" | "GFRP" | "GVEA" | "GVEB" | "GVEC" | "GVED" | "GWLT" | "HREC" | "PAYR" | "PEFC" | "PENS" | "PRCP" | "RHBS" | "SALA" | "SPSP" | "SSBE" | "LBIN" | "LCOL" | "LFEE" | "LMEQ" | "LMFI" | "LMRK" | "LREB" | "LREV" | "LSFL" | "ESTX" | "FWLV" | "GSTX" | "HSTX" | "INTX" | "NITX" | "PTXP" | "RDTX" | "TAXS" | "VATX" | "WHLD" | "TAXR" | "B112" | "BR12" | "TLRF" | "TLRR" | "AIRB" | "BUSB" | "FERB" | "RLWY" | "TRPT" | "CBTV" | "ELEC" | "ENRG" | "GASB" | "NWCH" | "NWCM" | "OTLC" | "PHON" | "UBIL" | "WTER" | "BOND" | "CABD" | "CAEQ" | "CBCR" | "DBCR" | "DICL" | "EQTS" | "FLCR" | "EFTC" | "EFTD" | "MOMA" | "RAPI" | "GAMB" | "LOTT" | "AMEX" | "SASW" | "AUCO" | "PCOM" | "PDEP" | "PLDS" | "PLRF" | "GAFA" | "GAHO" | "CPEN" | "DEPD" | "RETL" | "DEBT";
        /** @description Ultimate party to which an amount of money is due. */
        "OBUltimateCreditor1.v4.0-account-info": {
            /** @description Name by which a party is known and which is usually used to identify that party. */
            Name?: string;
            /** @description Identification assigned by an institution. */
            Identification?: string;
            LEI?: components["schemas"]["LEI.v4.0-account-info"];
            SchemeName?: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-account-info"];
            PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-account-info"];
        };
        /** @description Ultimate party that owes an amount of money to the (ultimate) creditor. */
        "OBUltimateDebtor1.v4.0-account-info": {
            /** @description Name by which a party is known and which is usually used to identify that party. */
            Name?: string;
            /** @description Identification assigned by an institution. */
            Identification?: string;
            LEI?: components["schemas"]["LEI.v4.0-account-info"];
            SchemeName?: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-account-info"];
            PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-account-info"];
        };
        "OBReadScheduledPayment3.v4.0-account-info": {
            Data: {
                ScheduledPayment?: components["schemas"]["OBScheduledPayment3.v4.0-account-info"][];
            };
            Links?: components["schemas"]["Links.v4.0-account-info"];
            Meta?: components["schemas"]["Meta.v4.0-account-info"];
        };
        "OBScheduledPayment3.v4.0-account-info": {
            AccountId: components["schemas"]["AccountId.v4.0-account-info"];
            ScheduledPaymentId?: components["schemas"]["ScheduledPaymentId.v4.0-account-info"];
            ScheduledPaymentDateTime: components["schemas"]["ScheduledPaymentDateTime.v4.0-account-info"];
            ScheduledType: components["schemas"]["OBInternalScheduleType1Code"];
            Reference?: components["schemas"]["Reference.v4.0-account-info"];
            DebtorReference?: components["schemas"]["DebtorReference.v4.0-account-info"];
            InstructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_1.v4.0-account-info"];
            CreditorAgent?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification5_1.v4.0-account-info"];
            CreditorAccount?: components["schemas"]["OBCashAccount5_1.v4.0-account-info"];
        };
        /**
         * @description A unique and immutable identifier used to identify the scheduled payment resource. This identifier has no meaning to the account owner.
         * @example SP03
         */
        "ScheduledPaymentId.v4.0-account-info": string;
        /**
         * Format: date-time
         * @description The date on which the scheduled payment will be made. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         * @example 2017-07-12T00:00:00+00:00
         */
        "ScheduledPaymentDateTime.v4.0-account-info": string;
        /**
         * @description Specifies the scheduled payment date type requested. For a full list of enumeration values refer to `OBInternalScheduleType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example Arrival
         * @enum {string}
         */
        OBInternalScheduleType1Code: "Arrival" | "Execution";
        /**
         * @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction.
         *     Usage: If available, the initiating party should provide this reference in the structured remittance information, to enable reconciliation by the creditor upon receipt of the amount of money.
         *     If the business context requires the use of a creditor reference or a payment remit identification, and only one identifier can be passed through the end-to-end chain, the creditor's reference or payment remittance identification should be quoted in the end-to-end transaction identification.
         * @example Towbar Club
         */
        "Reference.v4.0-account-info": string;
        /**
         * @description A reference value provided by the PSU to the PISP while setting up the scheduled payment.
         * @example REF51561806
         */
        "DebtorReference.v4.0-account-info": string;
        /**
         * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
         *     Usage: This amount has to be transported unchanged through the transaction chain.
         */
        "OBActiveOrHistoricCurrencyAndAmount_1.v4.0-account-info": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
        };
        /**
         * @description Party that manages the account on behalf of the account owner, that is manages the registration and booking of entries on the account, calculates balances on the account and provides information about the account.
         *     This is the servicer of the beneficiary account.
         */
        "OBBranchAndFinancialInstitutionIdentification5_1.v4.0-account-info": {
            SchemeName: components["schemas"]["OBInternalFinancialInstitutionIdentification4Code.v4.0-account-info"];
            Identification: components["schemas"]["Identification_1.v4.0-account-info"];
            Name?: components["schemas"]["Name_1.v4.0-account-info"];
            PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-account-info"];
            LEI?: components["schemas"]["LEI.v4.0-account-info"];
        };
        /** @description Provides the details to identify the beneficiary account. */
        "OBCashAccount5_1.v4.0-account-info": {
            SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-account-info"];
            /** @description Beneficiary account identification. */
            Identification: string;
            Name?: components["schemas"]["Name_0.v4.0-account-info"];
            SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-account-info"];
            Proxy?: components["schemas"]["OBProxy1.v4.0-account-info"];
        };
        "OBReadStandingOrder6.v4.0-account-info": {
            Data: {
                StandingOrder?: components["schemas"]["OBStandingOrder6.v4.0-account-info"][];
            };
            Links?: components["schemas"]["Links.v4.0-account-info"];
            Meta?: components["schemas"]["Meta.v4.0-account-info"];
        };
        "OBStandingOrder6.v4.0-account-info": {
            AccountId: components["schemas"]["AccountId.v4.0-account-info"];
            StandingOrderId?: components["schemas"]["StandingOrderId.v4.0-account-info"];
            NextPaymentDateTime?: components["schemas"]["NextPaymentDateTime.v4.0-account-info"];
            LastPaymentDateTime?: components["schemas"]["LastPaymentDateTime.v4.0-account-info"];
            NumberOfPayments?: components["schemas"]["NumberOfPayments"];
            StandingOrderStatusCode?: components["schemas"]["ExternalMandateStatus1Code"];
            FirstPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_2.v4.0-account-info"];
            NextPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_3.v4.0-account-info"];
            LastPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_11.v4.0-account-info"];
            FinalPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_4.v4.0-account-info"];
            CreditorAgent?: components["schemas"]["OBBranchAndFinancialInstitutionIdentification5_1.v4.0-account-info"];
            CreditorAccount?: components["schemas"]["OBCashAccount5_1.v4.0-account-info"];
            SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
            MandateRelatedInformation?: components["schemas"]["OBMandateRelatedInformation1.v4.0-account-info"];
            RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-account-info"];
        };
        /**
         * @description A unique and immutable identifier used to identify the standing order resource. This identifier has no meaning to the account owner.
         * @example Ben5
         */
        "StandingOrderId.v4.0-account-info": string;
        /**
         * Format: date-time
         * @description The date on which the next payment for a Standing Order schedule will be made. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         * @example 2017-07-12T00:00:00+00:00
         */
        "NextPaymentDateTime.v4.0-account-info": string;
        /**
         * Format: date-time
         * @description The date on which the last (most recent) payment for a Standing Order schedule was made. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         * @example 2017-07-12T00:00:00+00:00
         */
        "LastPaymentDateTime.v4.0-account-info": string;
        /**
         * @description Specifies the status of the standing order in code form. For a full list of enumeration values refer to 'ExternalMandateStatus1Code' in *ISO_External_Codeset* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example ACTV
         * @enum {string}
         */
        ExternalMandateStatus1Code: "ACTV" | "CANC" | "EXPI" | "SUSP";
        /** @description The amount of the first Standing Order */
        "OBActiveOrHistoricCurrencyAndAmount_2.v4.0-account-info": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
        };
        /** @description The amount of the next Standing Order. */
        "OBActiveOrHistoricCurrencyAndAmount_3.v4.0-account-info": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
        };
        /** @description The amount of the last (most recent) Standing Order instruction. */
        "OBActiveOrHistoricCurrencyAndAmount_11.v4.0-account-info": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
        };
        /** @description The amount of the final Standing Order */
        "OBActiveOrHistoricCurrencyAndAmount_4.v4.0-account-info": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-account-info"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1.v4.0-account-info"];
        };
        /** @description Provides further details of the mandate signed between the creditor and the debtor. */
        "OBMandateRelatedInformation1.v4.0-account-info": {
            /**
             * @description Unique identification, as assigned by the creditor, to unambiguously identify the mandate.
             * @example Golfers
             */
            MandateIdentification?: string;
            Classification?: components["schemas"]["OBExternalMandateClassification1Code.v4.0-account-info"];
            CategoryPurposeCode?: components["schemas"]["ExternalCategoryPurpose1Code.v4.0-account-info"];
            /**
             * Format: date-time
             * @description The date on which the first payment for a recurrent credit transfer will be made.
             * @example 2024-04-25T12:46:49.425Z
             */
            FirstPaymentDateTime?: string;
            /**
             * Format: date-time
             * @description The date on which the first recurring payment for a Standing Order schedule will be made.
             *     Usage: This must be populated only if the first recurring date is different to the first payment date. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             * @example 2024-04-25T12:46:49.425Z
             */
            RecurringPaymentDateTime?: string;
            /**
             * Format: date-time
             * @description The date on which the final payment for a recurrent credit transfer will be made.
             * @example 2024-04-25T12:46:49.425Z
             */
            FinalPaymentDateTime?: string;
            Frequency: components["schemas"]["OBFrequency6.v4.0-account-info"];
            /**
             * @description Reason for the setup of the credit transfer mandate.
             * @example To pay monthly memebership
             */
            Reason?: string;
        };
        /**
         * @description Type of mandate instruction. For a full list of values see `OBExternalClassification1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example FIXE
         * @enum {string}
         */
        "OBExternalMandateClassification1Code.v4.0-account-info": "FIXE" | "USGB" | "VARI";
        /** @description Regularity with which credit transfer instructions are to be created and processed */
        "OBFrequency6.v4.0-account-info": {
            Type: components["schemas"]["OBFrequency6Code.v4.0-account-info"] | components["schemas"]["Frequency_1"];
            /**
             * Format: int32
             * @description Number of instructions to be created and processed during the specified period. Specifies a frequency in terms of a count per period within a specified frequency type. Note: should not be used alongside `PointInTime`
             * @example 1
             */
            CountPerPeriod?: number;
            PointInTime?: components["schemas"]["PointInTime.v4.0-account-info"];
        };
        /**
         * @description For a full list of values see `OBFrequency6Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example MNTH
         * @enum {string}
         */
        "OBFrequency6Code.v4.0-account-info": "ADHO" | "YEAR" | "DAIL" | "FRTN" | "INDA" | "MNTH" | "QURT" | "MIAN" | "WEEK" | "WODL" | "FOWK" | "TWMH" | "FOMH" | "FIMH" | "ALMH" | "NONE";
        /**
         * @description Exact2NumericText - Further information on the exact point in time the event should take place. Specifies a frequency in terms of an exact point in time or moment within a specified frequency type. Note: should not be used alongside `CountPerPeriod`.
         * @example 00
         */
        "PointInTime.v4.0-account-info": string;
        /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system */
        "OBRemittanceInformation2.v4.0-account-info": {
            Structured?: components["schemas"]["OBRemittanceInformationStructured.v4.0-account-info"][];
            /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
            Unstructured?: string[];
        };
        "OBRemittanceInformationStructured.v4.0-account-info": {
            ReferredDocumentInformation?: components["schemas"]["OBReferredDocumentInformation.v4.0-account-info"][];
            /**
             * Format: int32
             * @description Provides details on the amounts of the referred document.
             */
            ReferredDocumentAmount?: number;
            /** @description Reference information provided by the creditor to allow the identification of the underlying documents. */
            CreditorReferenceInformation?: {
                Code?: components["schemas"]["ExternalCreditorReferenceType1Code.v4.0-account-info"];
                /** @description Entity that assigns the identification. */
                Issuer?: string;
                /** @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction. */
                Reference?: string;
            };
            Invoicer?: components["schemas"]["Identification_3"];
            Invoicee?: components["schemas"]["Identification_4.v4.0-account-info"];
            /** @description Provides remittance information about a payment made for tax-related purposes. */
            TaxRemittance?: string;
            /** @description Additional information, in free text form, to complement the structured remittance information. */
            AdditionalRemittanceInformation?: string[];
        };
        "OBReferredDocumentInformation.v4.0-account-info": {
            Code?: components["schemas"]["ExternalDocumentType1Code.v4.0-account-info"];
            /** @description dentification of the issuer of the reference document type. */
            Issuer?: string;
            /** @description Identification of the type specified for the referred document line. */
            Number?: string;
            /**
             * Format: date-time
             * @description Date associated with the referred document line.
             */
            RelatedDate?: string;
            /** @description Set of elements used to provide the content of the referred document line. */
            LineDetails?: string[];
        };
        /**
         * @description Specifies the document type as published in an external document type code list. For more information see `ExternalDocumentType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalDocumentType1Code.v4.0-account-info": "CINV" | "CNFA" | "CONT" | "CREN" | "DEBN" | "DISP" | "DNFA" | "HIRI" | "INVS" | "MSIN" | "PROF" | "PUOR" | "QUOT" | "SBIN" | "SPRR" | "TISH";
        /**
         * @description Specifies the type of creditor reference as published in an external creditor reference type code set. For more information see `ExternalCreditorReferenceType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalCreditorReferenceType1Code.v4.0-account-info": "DISP" | "FXDR" | "PUOR" | "RPIN" | "RADM" | "SCOR";
        /**
         * @description dentification of the party to whom an invoice is issued, when it is different from the debtor or ultimate debtor.
         * @example 80200112344562
         */
        "Identification_4.v4.0-account-info": string;
        "OBFundsConfirmationResponse1.v4.0-confirmation-funds": {
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation resource. */
                FundsConfirmationId: string;
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /** @description Flag to indicate the result of a confirmation of funds check. */
                FundsAvailable: boolean;
                /** @description Unique reference, as assigned by the CBPII, to unambiguously refer to the request related to the payment transaction. */
                Reference: string;
                /** @description Amount of money to be confirmed as available funds in the debtor account. Contains an Amount and a Currency. */
                InstructedAmount: {
                    /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
                    Amount: string;
                    /** @description A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
                    Currency: string;
                };
            };
            Links?: components["schemas"]["Links.v4.0-confirmation-funds"];
            Meta?: components["schemas"]["Meta.v4.0-confirmation-funds"];
        };
        "OBDomesticVRPConsentResponse.v4.0-vrp": {
            Data: {
                /**
                 * @description Indicates whether information about RefundAccount should be included in the payment response.
                 * @enum {string}
                 */
                ReadRefundAccount?: "Yes" | "No";
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of consent resource in code form. AWAU and RJCT only can returned on initial submission. For a full list of values see `OBInternalConsentStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "AWAU" | "RJCT" | "AUTH" | "CANC" | "EXPD";
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-vrp"][];
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.
                 */
                StatusUpdateDateTime: string;
                ControlParameters: components["schemas"]["OBDomesticVRPControlParameters.v4.0-vrp"];
                Initiation: components["schemas"]["OBDomesticVRPInitiation.v4.0-vrp"];
                DebtorAccount?: components["schemas"]["OBCashAccountDebtorWithName.v4.0-vrp"] & unknown;
            };
            Risk: components["schemas"]["OBRisk1.v4.0-vrp"];
            Links: components["schemas"]["Links.v4.0-vrp"];
            Meta: components["schemas"]["Meta.v4.0-vrp"];
        };
        "OBStatusReason.v4.0-vrp": {
            /**
             * @description Specifies the status reason in a code form.
             *     For a full list of values refer to `OBExternalStatusReason1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @example ERIN
             */
            StatusReasonCode?: string;
            /** @description Description supporting the StatusReasonCode. */
            StatusReasonDescription?: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
        };
        "OBDomesticVRPControlParameters.v4.0-vrp": {
            /**
             * Format: date-time
             * @description ^ Start date time for which the consent remains valid.
             */
            ValidFromDateTime?: string;
            /**
             * Format: date-time
             * @description ^ End date time for which the consent remains valid.
             */
            ValidToDateTime?: string;
            MaximumIndividualAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-vrp"];
            PeriodicLimits: {
                /**
                 * @description ^ Period type for this period limit
                 * @enum {string}
                 */
                PeriodType: "Day" | "Week" | "Fortnight" | "Month" | "Half-year" | "Year";
                /**
                 * @description Specifies whether the period starts on the date of consent creation or lines up with a calendar. As the ISO calendar does not support or provide any guidance on when a fortnight should start, a `PeriodType` of `Fortnight` the `PeriodAlignment` must be `Consent`.
                 * @enum {string}
                 */
                PeriodAlignment: "Consent" | "Calendar";
                Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-vrp"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-vrp"];
            }[];
            /** @description ^ The types of payments that can be made under this VRP consent. This can be used to indicate whether this include sweeping payment or other ecommerce payments. */
            VRPType: components["schemas"]["OBVRPConsentType"][];
            /** @description ^ Indicates that the PSU authentication methods supported. */
            PSUAuthenticationMethods: components["schemas"]["OBVRPAuthenticationMethods"][];
            /** @description Indicates interaction type, currently if customer is present or not present. If not provided the default is `OffSession` (the customer is not present) when the individual VRP payment is made. */
            PSUInteractionTypes?: components["schemas"]["OBVRPInteractionTypes.v4.0-vrp"][];
            /** @description ^ Additional information that can not be captured in the structured fields and/or any other specific block */
            SupplementaryData?: Record<string, never>;
        };
        "OBActiveOrHistoricCurrencyAndAmount.v4.0-vrp": {
            Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-vrp"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-vrp"];
        };
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        "OBActiveCurrencyAndAmount_SimpleType.v4.0-vrp": string;
        /** @description A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
        "ActiveOrHistoricCurrencyCode.v4.0-vrp": string;
        /**
         * @description Indicates interaction type, currently if customer is present or not present. If not provided the default is `OffSession` (customer is not present) when the individual VRP payment is made.
         * @enum {string}
         */
        "OBVRPInteractionTypes.v4.0-vrp": "InSession" | "OffSession";
        "OBDomesticVRPInitiation.v4.0-vrp": {
            DebtorAccount?: components["schemas"]["OBCashAccountDebtorWithName.v4.0-vrp"];
            CreditorAccount?: components["schemas"]["OBCashAccountCreditor3.v4.0-vrp"];
            CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-vrp"];
            UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-vrp"];
            UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-vrp"];
            RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-vrp"];
            RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-vrp"][];
        };
        "OBCashAccountDebtorWithName.v4.0-vrp": {
            SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-vrp"];
            /** @description ^ Identification assigned by an institution to identify an account. This identification is known by the account owner. */
            Identification: string;
            /** @description ^ Name of the account, as assigned by the account servicing institution.  Usage The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account. */
            Name: string;
            /** @description ^ This is secondary identification of the account, as assigned by the account servicing institution.  This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination) */
            SecondaryIdentification?: string;
            Proxy?: components["schemas"]["OBProxy1.v4.0-vrp"];
        };
        /** @description Name of the identification scheme, in a coded form as published in an external list. For a full list of values refer to `OBInternalAccountIdentification4Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets) */
        "OBInternalAccountIdentification4Code.v4.0-vrp": string;
        /** @description Specifies an alternate assumed name for the identification of the account. */
        "OBProxy1.v4.0-vrp": {
            /** @description Identification used to indicate the account identification under another specified name. */
            Identification: string;
            Code: components["schemas"]["ExternalProxyAccountType1Code.v4.0-vrp"];
            /** @description Type of the proxy identification. */
            Type?: string;
        };
        /**
         * @description Specifies the external proxy account type code, as published in the proxy account type external code set.<br /> For a full list of values see `ExternalProxyAccountType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalProxyAccountType1Code.v4.0-vrp": "TELE" | "EMAL" | "DNAM" | "CINC" | "COTX" | "COID" | "CUST" | "DRLC" | "EIDN" | "EWAL" | "PVTX" | "LEIC" | "MBNO" | "NIDN" | "CCPT" | "SHID" | "SOSE" | "TOKN" | "UBIL" | "VIPN" | "BIID";
        "OBCashAccountCreditor3.v4.0-vrp": {
            SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-vrp"];
            /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
            Identification: string;
            /**
             * @description Name of the account, as assigned by the account servicing institution.
             *     Usage: the account name is the name or names of the account owner(s) represented at an account level.
             *     The account name is not the product name or the nickname of the account.
             */
            Name: string;
            /**
             * @description This is secondary identification of the account, as assigned by the account servicing institution.
             *     This can be used by building societies to additionally identify accounts with a roll number (in addition to a sort code and account number combination)
             */
            SecondaryIdentification?: string;
            Proxy?: components["schemas"]["OBProxy1.v4.0-vrp"];
        };
        /** @description Information that locates and identifies a specific address, as defined by postal services. */
        "OBPostalAddress7.v4.0-vrp": {
            AddressType?: components["schemas"]["OBAddressType2Code.v4.0-vrp"];
            Department?: components["schemas"]["Department"];
            SubDepartment?: components["schemas"]["SubDepartment"];
            StreetName?: components["schemas"]["StreetName.v4.0-vrp"];
            BuildingNumber?: components["schemas"]["BuildingNumber.v4.0-vrp"];
            BuildingName?: components["schemas"]["BuildingName"];
            Floor?: components["schemas"]["Floor.v4.0-vrp"];
            UnitNumber?: components["schemas"]["UnitNumber.v4.0-vrp"];
            Room?: components["schemas"]["Room.v4.0-vrp"];
            PostBox?: components["schemas"]["PostBox.v4.0-vrp"];
            TownLocationName?: components["schemas"]["TownName.v4.0-vrp"];
            DistrictName?: components["schemas"]["DistrictName.v4.0-vrp"];
            CareOf?: components["schemas"]["CareOf.v4.0-vrp"];
            PostCode?: components["schemas"]["PostCode.v4.0-vrp"];
            TownName?: components["schemas"]["TownName.v4.0-vrp"];
            CountrySubDivision?: components["schemas"]["CountrySubDivision"];
            Country?: components["schemas"]["CountryCode"];
            AddressLine?: string[];
        };
        /**
         * @description Identifies the nature of the postal address. For a full set of codes see `OBAddressType2Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets).
         * @enum {string}
         */
        "OBAddressType2Code.v4.0-vrp": "BIZZ" | "DLVY" | "MLTO" | "PBOX" | "ADDR" | "HOME" | "CORR" | "STAT";
        /** @description Name of a street or thoroughfare. */
        "StreetName.v4.0-vrp": string;
        /** @description Number that identifies the position of a building on a street. */
        "BuildingNumber.v4.0-vrp": string;
        /** @description Number that identifies the level within a building */
        "Floor.v4.0-vrp": string;
        /** @description Number that identifies the unit of a specific address . */
        "UnitNumber.v4.0-vrp": string;
        /** @description Information that locates and identifies a room to form part of an address */
        "Room.v4.0-vrp": string;
        /** @description Information that locates and identifies a box in a post office assigned to a person or organization, where letters for them are kept until called for. */
        "PostBox.v4.0-vrp": string;
        /** @description Name of a built-up area, with defined boundaries, and a local government. */
        "TownName.v4.0-vrp": string;
        /** @description Number that of the regional area, known as a district, which forms part of an address */
        "DistrictName.v4.0-vrp": string;
        /** @description The 'care of' address is used whenever sending mail to a person or organisation who does not actually live or work at the address. They will receive the mail for the individual. */
        "CareOf.v4.0-vrp": string;
        /** @description Identifier consisting of a group of letters and/or numbers that is added to a postal address to assist the sorting of mail. */
        "PostCode.v4.0-vrp": string;
        /** @description Ultimate party to which an amount of money is due. */
        "OBUltimateCreditor1.v4.0-vrp": {
            /** @description Name by which a party is known and which is usually used to identify that party. */
            Name?: string;
            /** @description Identification assigned by an institution. */
            Identification?: string;
            LEI?: components["schemas"]["LEI.v4.0-vrp"];
            SchemeName?: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-vrp"];
            PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-vrp"];
        };
        /** @description Legal entity identification as an alternate identification for a party. Legal Entity Identifier is a code allocated to a party as described in ISO 17442 "Financial Services - Legal Entity Identifier (LEI)". */
        "LEI.v4.0-vrp": string;
        /** @description Ultimate party that owes an amount of money to the (ultimate) creditor. */
        "OBUltimateDebtor1.v4.0-vrp": {
            /** @description Name by which a party is known and which is usually used to identify that party. */
            Name?: string;
            /** @description Identification assigned by an institution. */
            Identification?: string;
            LEI?: components["schemas"]["LEI.v4.0-vrp"];
            SchemeName?: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-vrp"];
            PostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-vrp"];
        };
        /** @description Information supplied to enable the matching of an entry with the items that the transfer is intended to settle, such as commercial invoices in an accounts' receivable system */
        "OBRemittanceInformation2.v4.0-vrp": {
            Structured?: components["schemas"]["OBRemittanceInformationStructured.v4.0-vrp"][];
            /** @description Information supplied to enable the matching/reconciliation of an entry with the items that the payment is intended to settle, such as commercial invoices in an accounts' receivable system, in an unstructured form. */
            Unstructured?: string[];
        };
        "OBRemittanceInformationStructured.v4.0-vrp": {
            /** @description Provides the identification and the content of the referred document. */
            ReferredDocumentInformation?: components["schemas"]["OBReferredDocumentInformation.v4.0-vrp"][];
            /** Format: int32 */
            ReferredDocumentAmount?: number;
            /** @description Reference information provided by the creditor to allow the identification of the underlying documents. */
            CreditorReferenceInformation?: {
                Code?: components["schemas"]["ExternalCreditorReferenceType1Code.v4.0-vrp"];
                /** @description Entity that assigns the identification. */
                Issuer?: string;
                /** @description Unique reference, as assigned by the creditor, to unambiguously refer to the payment transaction. */
                Reference?: string;
            };
            /** @description Identification of the organisation issuing the invoice, when it is different from the creditor or ultimate creditor */
            Invoicer?: string;
            /** @description Identification of the party to whom an invoice is issued, when it is different from the debtor or ultimate debtor. */
            Invoicee?: string;
            TaxRemittance?: string;
            AdditionalRemittanceInformation?: string[];
        };
        "OBReferredDocumentInformation.v4.0-vrp": {
            Code?: components["schemas"]["ExternalDocumentType1Code.v4.0-vrp"];
            /** @description Identification of the issuer of the reference document type. */
            Issuer?: string;
            /** @description Identification of the type specified for the referred document line. */
            Number?: string;
            /** @description Date associated with the referred document line. */
            RelatedDate?: components["schemas"]["ISODateTime"];
            /** @description Set of elements used to provide the content of the referred document line. */
            LineDetails?: string[];
        };
        /**
         * @description Specifies the document type as published in an external document type code list. For a full list of values refer to `ExternalDocumentType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalDocumentType1Code.v4.0-vrp": "CINV" | "CNFA" | "CONT" | "CREN" | "DEBN" | "DISP" | "DNFA" | "HIRI" | "INVS" | "MSIN" | "PROF" | "PUOR" | "QUOT" | "SBIN" | "SPRR" | "TISH" | "USAR" | "AROI" | "BOLD" | "CMCN" | "SOAC" | "TSUT" | "VCHR";
        /**
         * @description Specifies the amount type, as published in an external referred amount code set. For a full lust of values refer to `ExternalCreditorReferenceType1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalCreditorReferenceType1Code.v4.0-vrp": "DISP" | "FXDR" | "PUOR" | "RPIN" | "RADM" | "SCOR";
        /** @description Information needed due to regulatory and statutory requirements */
        "OBRegulatoryReporting1.v4.0-vrp": {
            /**
             * @description Identifies whether the regulatory reporting information applies to the debit side, to the credit side or to both debit and credit sides of the transaction. For a full list of values refer to `OBExternalRegulatoryReportingType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @enum {string}
             */
            DebitCreditReportingIndicator?: "CRED" | "DEBT" | "BOTH";
            Authority?: components["schemas"]["OBRegulatoryAuthority2"];
            /** @description Set of elements used to provide details on the regulatory reporting information. */
            Details?: components["schemas"]["OBStructuredRegulatoryReporting3.v4.0-vrp"][];
        };
        /** @description Set of elements used to provide details on the regulatory reporting information. */
        "OBStructuredRegulatoryReporting3.v4.0-vrp": {
            /** @description Specifies the type of the information supplied in the regulatory reporting details */
            Type?: string;
            /** @description Date related to the specified type of regulatory reporting details. */
            Date?: components["schemas"]["ISODateTime"];
            /** @description Country related to the specified type of regulatory reporting details. */
            Country?: components["schemas"]["CountryCode"];
            /** @description Amount of money to be reported for regulatory and statutory requirements. */
            Amount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-vrp"];
            /** @description Additional details that cater for specific domestic regulatory requirements. */
            Information?: string[];
        };
        /**
         * @description The Risk section is sent by the initiating party to the ASPSP.
         *     It is used to specify additional details for risk scoring for Payments.
         */
        "OBRisk1.v4.0-vrp": {
            /**
             * @description Specifies the payment context, for a full list of values refer to `OBInternalPaymentContext1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
             * @enum {string}
             */
            PaymentContextCode?: "BillingGoodsAndServicesInAdvance" | "BillingGoodsAndServicesInArrears" | "EcommerceMerchantInitiatedPayment" | "FaceToFacePointOfSale" | "TransferToSelf" | "TransferToThirdParty";
            /** @description Category code conform to ISO 18245, related to the type of services or goods the merchant provides for the transaction. */
            MerchantCategoryCode?: string;
            /** @description The unique customer identifier of the PSU with the merchant. */
            MerchantCustomerIdentification?: string;
            /** @description Indicates if Payee has a contractual relationship with the PISP. */
            ContractPresentIndicator?: boolean;
            /** @description Indicates if PISP has immutably prepopulated payment details in for the PSU. */
            BeneficiaryPrepopulatedIndicator?: boolean;
            PaymentPurposeCode?: components["schemas"]["OBExternalPurpose1Code.v4.0-vrp"];
            CategoryPurposeCode?: components["schemas"]["ExternalCategoryPurpose1Code.v4.0-vrp"];
            BeneficiaryAccountType?: components["schemas"]["OBInternalExtendedAccountType1Code.v4.0-vrp"];
            DeliveryAddress?: components["schemas"]["OBPostalAddress7.v4.0-vrp"];
        };
        /**
         * @description For a full set of values refer to `ExternalPurpose1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "OBExternalPurpose1Code.v4.0-vrp": "BKDF" | "BKFE" | "BKFM" | "BKIP" | "BKPP" | "CBLK" | "CDCB" | "CDCD" | "CDCS" | "CDDP" | "CDOC" | "CDQC" | "ETUP" | "FCOL" | "MTUP" | "ACCT" | "CASH" | "COLL" | "CSDB" | "DEPT" | "INTC" | "INTP" | "LIMA" | "NETT" | "BFWD" | "CCIR" | "CCPC" | "CCPM" | "CCSM" | "CRDS" | "CRPR" | "CRSP" | "CRTL" | "EQPT" | "EQUS" | "EXPT" | "EXTD" | "FIXI" | "FWBC" | "FWCC" | "FWSB" | "FWSC" | "MARG" | "MBSB" | "MBSC" | "MGCC" | "MGSC" | "OCCC" | "OPBC" | "OPCC" | "OPSB" | "OPSC" | "OPTN" | "OTCD" | "REPO" | "RPBC" | "RPCC" | "RPSB" | "RPSC" | "RVPO" | "SBSC" | "SCIE" | "SCIR" | "SCRP" | "SHBC" | "SHCC" | "SHSL" | "SLEB" | "SLOA" | "SWBC" | "SWCC" | "SWPT" | "SWSB" | "SWSC" | "TBAS" | "TBBC" | "TBCC" | "TRCP" | "AGRT" | "AREN" | "BEXP" | "BOCE" | "COMC" | "CPYR" | "GDDS" | "GDSV" | "GSCB" | "LICF" | "MP2B" | "POPE" | "ROYA" | "SCVE" | "SERV" | "SUBS" | "SUPP" | "TRAD" | "CHAR" | "COMT" | "MP2P" | "ECPG" | "ECPR" | "ECPU" | "EPAY" | "CLPR" | "COMP" | "DBTC" | "GOVI" | "HLRP" | "HLST" | "INPC" | "INPR" | "INSC" | "INSU" | "INTE" | "LBRI" | "LIFI" | "LOAN" | "LOAR" | "PENO" | "PPTI" | "RELG" | "RINP" | "TRFD" | "FORW" | "FXNT" | "ADMG" | "ADVA" | "BCDM" | "BCFG" | "BLDM" | "BNET" | "CBFF" | "CBFR" | "CCRD" | "CDBL" | "CFEE" | "CGDD" | "CORT" | "COST" | "CPKC" | "DCRD" | "DSMT" | "DVPM" | "EDUC" | "FACT" | "FAND" | "FCPM" | "FEES" | "GIFT" | "GOVT" | "ICCP" | "IDCP" | "IHRP" | "INSM" | "IVPT" | "MCDM" | "MCFG" | "MSVC" | "NOWS" | "OCDM" | "OCFG" | "OFEE" | "OTHR" | "PADD" | "PTSP" | "RCKE" | "RCPT" | "REBT" | "REFU" | "RENT" | "REOD" | "RIMB" | "RPNT" | "RRBN" | "RRCT" | "RRTP" | "RVPM" | "SLPI" | "SPLT" | "STDY" | "TBAN" | "TBIL" | "TCSC" | "TELI" | "TMPG" | "TPRI" | "TPRP" | "TRNC" | "TRVC" | "WEBI" | "IPAY" | "IPCA" | "IPDO" | "IPEA" | "IPEC" | "IPEW" | "IPPS" | "IPRT" | "IPU2" | "IPUW" | "ANNI" | "CAFI" | "CFDI" | "CMDT" | "DERI" | "DIVD" | "FREX" | "HEDG" | "INVS" | "PRME" | "SAVG" | "SECU" | "SEPI" | "TREA" | "UNIT" | "FNET" | "FUTR" | "ANTS" | "CVCF" | "DMEQ" | "DNTS" | "HLTC" | "HLTI" | "HSPC" | "ICRF" | "LTCF" | "MAFC" | "MARF" | "MDCS" | "VIEW" | "CDEP" | "SWFP" | "SWPP" | "SWRS" | "SWUF" | "ADCS" | "AEMP" | "ALLW" | "ALMY" | "BBSC" | "BECH" | "BENE" | "BONU" | "CCHD" | "COMM" | "CSLP" | "GFRP" | "GVEA" | "GVEB" | "GVEC" | "GVED" | "GWLT" | "HREC" | "PAYR" | "PEFC" | "PENS" | "PRCP" | "RHBS" | "SALA" | "SPSP" | "SSBE" | "LBIN" | "LCOL" | "LFEE" | "LMEQ" | "LMFI" | "LMRK" | "LREB" | "LREV" | "LSFL" | "ESTX" | "FWLV" | "GSTX" | "HSTX" | "INTX" | "NITX" | "PTXP" | "RDTX" | "TAXS" | "VATX" | "WHLD" | "TAXR" | "B112" | "BR12" | "TLRF" | "TLRR" | "AIRB" | "BUSB" | "FERB" | "RLWY" | "TRPT" | "CBTV" | "ELEC" | "ENRG" | "GASB" | "NWCH" | "NWCM" | "OTLC" | "PHON" | "UBIL" | "WTER" | "BOND" | "CABD" | "CAEQ" | "CBCR" | "DBCR" | "DICL" | "EQTS" | "FLCR" | "EFTC" | "EFTD" | "MOMA" | "RAPI" | "GAMB" | "LOTT" | "AMEX" | "SASW" | "AUCO" | "PCOM" | "PDEP" | "PLDS" | "PLRF" | "GAFA" | "GAHO" | "CPEN" | "DEPD" | "RETL" | "DEBT";
        /**
         * @description Enumeration of codes that outlines the type of purpose behind a transaction, payment or risk. For a full list of values refer to `ExternalCategoryPurpose1Code` in *ISO_External_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "ExternalCategoryPurpose1Code.v4.0-vrp": "BONU" | "CASH" | "CBLK" | "CCRD" | "CGWV" | "CIPC" | "CONC" | "CORT" | "DCRD" | "DIVI" | "DVPM" | "EPAY" | "FCDT" | "FCIN" | "FCOL" | "GOVT" | "GP2P" | "HEDG" | "ICCP" | "IDCP" | "INTC" | "INTE" | "LBOX" | "LOAN" | "MP2B" | "MP2P" | "OTHR" | "PENS" | "RPRE" | "RRCT" | "RVPM" | "SALA" | "SECU" | "SSBE" | "SUPP" | "SWEP" | "TAXS" | "TOPG" | "TRAD" | "TREA" | "VATX" | "VOST" | "WHLD" | "ZABA";
        /**
         * @description Specifies the extended type of account if known. For a full set of values refer to `OBInternalExtendedAccountType1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @enum {string}
         */
        "OBInternalExtendedAccountType1Code.v4.0-vrp": "Business" | "BusinessSavingsAccount" | "Charity" | "Collection" | "Corporate" | "Ewallet" | "Government" | "Investment" | "ISA" | "JointPersonal" | "Pension" | "Personal" | "PersonalSavingsAccount" | "Premier" | "Wealth";
        /** @description Links relevant to the payload */
        "Links.v4.0-vrp": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload. At present no fields are used for VRP.
         */
        "Meta.v4.0-vrp": Record<string, never>;
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        "OBErrorResponse1.v4.0-vrp": {
            /** @description A unique reference for the error instance, for audit purposes, in case of unknown/unclassified errors. */
            Id?: string;
            /**
             * @description Deprecated <br>High level textual error code, to help categorise the errors.
             * @example 400 BadRequest
             */
            Code?: string;
            /**
             * @description Deprecated <br>Brief Error message
             * @example There is something wrong with the request parameters provided
             */
            Message?: string;
            Errors: components["schemas"]["OBError1.v4.0-vrp"][];
        };
        "OBError1.v4.0-vrp": {
            ErrorCode: components["schemas"]["OBExternalStatusReason1Code.v4.0-vrp"];
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBL doesn't standardise this field
             */
            Message?: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /**
         * @description Low level textual error code, for all enum values see `ExternalReturnReason1Code` [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         * @example U001
         */
        "OBExternalStatusReason1Code.v4.0-vrp": string;
        "OBDomesticVRPConsentRequest.v4.0-vrp": {
            Data: {
                /**
                 * @description Indicates whether the `RefundAccount` object should be included in the response
                 * @enum {string}
                 */
                ReadRefundAccount?: "Yes" | "No";
                ControlParameters: components["schemas"]["OBDomesticVRPControlParameters.v4.0-vrp"];
                Initiation: components["schemas"]["OBDomesticVRPInitiation.v4.0-vrp"];
            };
            Risk: components["schemas"]["OBRisk1.v4.0-vrp"];
        };
        "OBDomesticVRPResponse.v4.0-vrp": {
            /** @description `Data.Refund` only included in the response if `Data.ReadRefundAccount` is set to `Yes` in the consent. */
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the domestic payment resource. */
                DomesticVRPId: string;
                /** @description Identifier for the Domestic VRP Consent that this payment is made under. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of the payment information group. For a full list of values refer to `ExternalPaymentTransactionStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "RCVD" | "RJCT" | "CANC" | "PDNG" | "ACTC" | "ACCP" | "ACFC" | "ACSP" | "ACWC" | "ACSC" | "ACWP" | "ACCC" | "BLCK";
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-vrp"][];
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.
                 */
                StatusUpdateDateTime: string;
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource.
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource.
                 */
                ExpectedSettlementDateTime?: string;
                Refund?: components["schemas"]["OBCashAccountDebtorWithName.v4.0-vrp"];
                Charges?: {
                    ChargeBearer: components["schemas"]["OBInternalChargeBearerType1Code.v4.0-vrp"];
                    Type: components["schemas"]["OBInternalPaymentChargeType1Code.v4.0-vrp"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-vrp"];
                }[];
                Initiation: components["schemas"]["OBDomesticVRPInitiation.v4.0-vrp"];
                Instruction: components["schemas"]["OBDomesticVRPInstruction.v4.0-vrp"];
                DebtorAccount?: components["schemas"]["OBCashAccountDebtorWithName.v4.0-vrp"];
            };
            Risk: components["schemas"]["OBRisk1.v4.0-vrp"];
            Links: components["schemas"]["Links.v4.0-vrp"];
            Meta: components["schemas"]["Meta.v4.0-vrp"];
        };
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction.
         * @enum {string}
         */
        "OBInternalChargeBearerType1Code.v4.0-vrp": "BorneByCreditor" | "BorneByDebtor" | "FollowingServiceLevel" | "Shared";
        /** @enum {string} */
        "OBInternalPaymentChargeType1Code.v4.0-vrp": "UK.OBIE.CHAPSOut" | "UK.OBIE.BalanceTransferOut" | "UK.OBIE.MoneyTransferOut";
        "OBDomesticVRPInstruction.v4.0-vrp": {
            /**
             * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
             *     Usage: the instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction.
             *     It can be included in several messages related to the instruction.
             */
            InstructionIdentification: string;
            /**
             * @description Unique identification assigned by the initiating party to unambiguously identify the transaction.
             *     This identification is passed on, unchanged, throughout the entire end-to-end chain.
             *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction.
             *     It can be included in several messages related to the transaction.
             *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field
             */
            EndToEndIdentification: string;
            RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-vrp"];
            LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-vrp"];
            InstructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-vrp"];
            CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-vrp"];
            CreditorAccount: components["schemas"]["OBCashAccountCreditor3.v4.0-vrp"];
            UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-vrp"];
            /** @description Additional information that can not be captured in the structured fields and/or any other specific block. */
            SupplementaryData?: Record<string, never>;
        };
        /**
         * @description User community specific instrument.
         *     Usage: This element is used to specify a local instrument, local clearing option and/or further qualify the service or service level.
         *     For a full list of values refer to `OBInternalLocalInstrument1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
         */
        "OBInternalLocalInstrument1Code.v4.0-vrp": string;
        "OBDomesticVRPRequest.v4.0-vrp": {
            Data: {
                /** @description Identifier for the Domestic VRP Consent that this payment is made under. */
                ConsentId: string;
                PSUAuthenticationMethod: components["schemas"]["OBVRPAuthenticationMethods"] & unknown;
                PSUInteractionType?: components["schemas"]["OBVRPInteractionTypes.v4.0-vrp"] & unknown;
                VRPType: components["schemas"]["OBVRPConsentType"];
                Initiation: components["schemas"]["OBDomesticVRPInitiation.v4.0-vrp"];
                Instruction: components["schemas"]["OBDomesticVRPInstruction.v4.0-vrp"];
            };
            Risk: components["schemas"]["OBRisk1.v4.0-vrp"];
        };
        "OBDomesticVRPDetails.v4.0-vrp": {
            Data: {
                PaymentStatus?: {
                    /** @description Unique identifier for the transaction within an servicing institution. This identifier is both unique and immutable. */
                    PaymentTransactionId: string;
                    /**
                     * @description Status of a transfer, as assigned by the transaction administrator.
                     * @enum {string}
                     */
                    Status: "RCVD" | "RJCT" | "CANC" | "PDNG" | "ACTC" | "ACCP" | "ACFC" | "ACSP" | "ACWC" | "ACSC" | "ACWP" | "ACCC" | "BLCK";
                    /**
                     * Format: date-time
                     * @description Date and time at which the status was assigned to the transfer.
                     */
                    StatusUpdateDateTime: string;
                    StatusDetail?: {
                        LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-vrp"];
                        /** @description Status of a transfer, as assigned by the transaction administrator. */
                        Status: string;
                        /** @description Reason Code provided for the status of a transfer. */
                        StatusReason?: string;
                        /** @description Reason provided for the status of a transfer. */
                        StatusReasonDescription?: string;
                    };
                }[];
            };
        };
        /** @description The confirmation of funds response contains the result of a funds availability check. */
        "OBVRPFundsConfirmationResponse.v4.0-vrp": {
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation resource. */
                FundsConfirmationId: string;
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created.
                 */
                CreationDateTime: string;
                /** @description Unique reference, as assigned by the PISP, to unambiguously refer to the request related to the payment transaction. */
                Reference?: string;
                FundsAvailableResult: components["schemas"]["OBPAFundsAvailableResult1"];
                InstructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-vrp"];
            };
        };
        /** @description The OBVRPFundsConfirmationRequest object must be used to request funds availability for a specific amount in the Debtor Account included in the VRP consents. */
        "OBVRPFundsConfirmationRequest.v4.0-vrp": {
            Data: {
                /** @description Unique identification as assigned by the ASPSP to uniquely identify the funds confirmation consent resource. */
                ConsentId: string;
                /** @description Unique reference, as assigned by the PISP, to unambiguously refer to the request related to the payment transaction. This must be the same value as the `Reference` field in the consent. */
                Reference?: string;
                InstructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-vrp"];
            };
        };
        "OBWriteDomesticScheduled2.v4.0-payment-initiation": {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single scheduled domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification?: string;
                    LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-payment-initiation"];
                    /**
                     * Format: date-time
                     * @description Date at which the initiating party requests the clearing agent to process the payment.
                     *     Usage: This is the date on which the debtor's account is to be debited. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RequestedExecutionDateTime: string;
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
            };
            Risk: components["schemas"]["OBRisk1.v4.0-payment-initiation"];
        };
        "OBWriteDomesticScheduledResponse5.v4.0-payment-initiation": {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the domestic schedule payment resource. */
                DomesticScheduledPaymentId: string;
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the message was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of the payment order resource. For a full list of values see `ExternalPaymentTransactionStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "RCVD" | "CANC" | "PDNG" | "ACTC" | "PATC" | "ACCP" | "ACFC" | "ACSP" | "ACWC" | "ACSC" | "ACWP" | "BLCK" | "RJCT";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-payment-initiation"][];
                /**
                 * Format: date-time
                 * @description Expected execution date and time for the payment resource. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedExecutionDateTime?: string;
                /**
                 * Format: date-time
                 * @description Expected settlement date and time for the payment resource. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpectedSettlementDateTime?: string;
                /** @description Unambiguous identification of the refund account to which a refund will be made as a result of the transaction. */
                Refund?: {
                    /** @description Provides the details to identify an account. */
                    Account: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description Name of the account, as assigned by the account servicing institution.
                         *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                    };
                };
                Charges?: {
                    ChargeBearer: components["schemas"]["OBInternalChargeBearerType1Code.v4.0-payment-initiation"];
                    Type: components["schemas"]["OBInternalPaymentChargeType1Code.v4.0-payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a single scheduled domestic payment. */
                Initiation: {
                    /**
                     * @description Unique identification as assigned by an instructing party for an instructed party to unambiguously identify the instruction.
                     *     Usage: the  instruction identification is a point to point reference that can be used between the instructing party and the instructed party to refer to the individual instruction. It can be included in several messages related to the instruction.
                     */
                    InstructionIdentification: string;
                    /**
                     * @description Unique identification assigned by the initiating party to unambiguously identify the transaction. This identification is passed on, unchanged, throughout the entire end-to-end chain.
                     *     Usage: The end-to-end identification can be used for reconciliation or to link tasks relating to the transaction. It can be included in several messages related to the transaction.
                     *     OB: The Faster Payments Scheme can only access 31 characters for the EndToEndIdentification field.
                     */
                    EndToEndIdentification?: string;
                    LocalInstrument?: components["schemas"]["OBInternalLocalInstrument1Code.v4.0-payment-initiation"];
                    /**
                     * Format: date-time
                     * @description Date at which the initiating party requests the clearing agent to process the payment.
                     *     Usage: This is the date on which the debtor's account is to be debited. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    RequestedExecutionDateTime: string;
                    /**
                     * @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party.
                     *     Usage: This amount has to be transported unchanged through the transaction chain.
                     */
                    InstructedAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted as a result of the payment transaction. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    CreditorPostalAddress?: components["schemas"]["OBPostalAddress7.v4.0-payment-initiation"];
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The multiple authorisation flow response from the ASPSP. */
                MultiAuthorisation?: {
                    /**
                     * @description Specifies the status of the authorisation flow in code form.
                     * @enum {string}
                     */
                    Status: "AUTH" | "AWAF" | "RJCT";
                    /** @description Number of authorisations required for payment order (total required at the start of the multi authorisation journey). */
                    NumberRequired?: number;
                    /** @description Number of authorisations received. */
                    NumberReceived?: number;
                    /**
                     * Format: date-time
                     * @description Last date and time at the authorisation flow was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    LastUpdateDateTime?: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    ExpirationDateTime?: string;
                };
                Debtor?: components["schemas"]["OBCashAccountDebtor4.v4.0-payment-initiation"];
            };
            Links?: components["schemas"]["Links.v4.0-payment-initiation"];
            Meta?: components["schemas"]["Meta.v4.0-payment-initiation"];
        };
        "OBWriteDomesticStandingOrder3.v4.0-payment-initiation": {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a domestic standing order. */
                Initiation: {
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    NumberOfPayments?: components["schemas"]["NumberOfPayments"];
                    /** @description The amount of the first Standing Order */
                    FirstPaymentAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description The amount of the recurring Standing Order */
                    RecurringPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description The amount of the final Standing Order */
                    FinalPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Provides the details to identify the debtor account. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    MandateRelatedInformation: components["schemas"]["OBMandateRelatedInformation1.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
            };
            Risk: components["schemas"]["OBRisk1.v4.0-payment-initiation"];
        };
        "OBWriteDomesticStandingOrderResponse6.v4.0-payment-initiation": {
            Data: {
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the domestic standing order resource. */
                DomesticStandingOrderId: string;
                /** @description OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource. */
                ConsentId: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the resource was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                CreationDateTime: string;
                /**
                 * @description Specifies the status of the payment order resource. For a full list of values see `ExternalPaymentTransactionStatus1Code` in *OB_Internal_CodeSet* [here](https://github.com/OpenBankingUK/External_Internal_CodeSets)
                 * @enum {string}
                 */
                Status: "RCVD" | "CANC" | "ACTC" | "PATC" | "PDNG" | "INFA" | "INCO" | "RJCT";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                StatusUpdateDateTime: string;
                StatusReason?: components["schemas"]["OBStatusReason.v4.0-payment-initiation"][];
                /** @description Unambiguous identification of the refund account to which a refund will be made as a result of the transaction. */
                Refund?: {
                    /** @description Provides the details to identify an account. */
                    Account: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description Name of the account, as assigned by the account servicing institution.
                         *     Usage: The account name is the name or names of the account owner(s) represented at an account level. The account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                    };
                };
                Charges?: {
                    ChargeBearer: components["schemas"]["OBInternalChargeBearerType1Code.v4.0-payment-initiation"];
                    Type: components["schemas"]["OBInternalPaymentChargeType1Code.v4.0-payment-initiation"];
                    Amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount.v4.0-payment-initiation"];
                }[];
                /** @description The Initiation payload is sent by the initiating party to the ASPSP. It is used to request movement of funds from the debtor account to a creditor for a domestic standing order. */
                Initiation: {
                    RemittanceInformation?: components["schemas"]["OBRemittanceInformation2.v4.0-payment-initiation"];
                    NumberOfPayments?: components["schemas"]["NumberOfPayments"];
                    /** @description The amount of the first Standing Order */
                    FirstPaymentAmount: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description The amount of the recurring Standing Order */
                    RecurringPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description The amount of the final Standing Order */
                    FinalPaymentAmount?: {
                        Amount: components["schemas"]["OBActiveCurrencyAndAmount_SimpleType.v4.0-payment-initiation"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode.v4.0-payment-initiation"];
                    };
                    /** @description Provides the details to identify the debtor account. */
                    DebtorAccount?: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level, as displayed by the ASPSP's online channels.
                         *     Note, the account name is not the product name or the nickname of the account.
                         */
                        Name?: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    /** @description Identification assigned by an institution to identify an account. This identification is known by the account owner. */
                    CreditorAccount: {
                        SchemeName: components["schemas"]["OBInternalAccountIdentification4Code.v4.0-payment-initiation"];
                        Identification: components["schemas"]["Identification_0.v4.0-payment-initiation"];
                        /**
                         * @description The account name is the name or names of the account owner(s) represented at an account level.
                         *     Note, the account name is not the product name or the nickname of the account.
                         *     OB: ASPSPs may carry out name validation for Confirmation of Payee, but it is not mandatory.
                         */
                        Name: string;
                        SecondaryIdentification?: components["schemas"]["SecondaryIdentification.v4.0-payment-initiation"];
                        Proxy?: components["schemas"]["OBProxy1.v4.0-payment-initiation"];
                    };
                    UltimateCreditor?: components["schemas"]["OBUltimateCreditor1.v4.0-payment-initiation"];
                    UltimateDebtor?: components["schemas"]["OBUltimateDebtor1.v4.0-payment-initiation"];
                    RegulatoryReporting?: components["schemas"]["OBRegulatoryReporting1.v4.0-payment-initiation"][];
                    MandateRelatedInformation: components["schemas"]["OBMandateRelatedInformation1.v4.0-payment-initiation"];
                    SupplementaryData?: components["schemas"]["OBSupplementaryData1"];
                };
                /** @description The multiple authorisation flow response from the ASPSP. */
                MultiAuthorisation?: {
                    /**
                     * @description Specifies the status of the authorisation flow in code form.
                     * @enum {string}
                     */
                    Status: "AUTH" | "AWAF" | "RJCT";
                    /** @description Number of authorisations required for payment order (total required at the start of the multi authorisation journey). */
                    NumberRequired?: number;
                    /** @description Number of authorisations received. */
                    NumberReceived?: number;
                    /**
                     * Format: date-time
                     * @description Last date and time at the authorisation flow was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    LastUpdateDateTime?: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the requested authorisation flow must be completed. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *     All date-time fields in responses must include the timezone. An example is below:
                     *     2017-04-05T10:43:07+00:00
                     */
                    ExpirationDateTime?: string;
                };
                Debtor?: components["schemas"]["OBCashAccountDebtor4.v4.0-payment-initiation"];
            };
            Links?: components["schemas"]["Links.v4.0-payment-initiation"];
            Meta?: components["schemas"]["Meta.v4.0-payment-initiation"];
        };
        /** @description Links relevant to the payload */
        "Links.v4.0-events": {
            /** Format: uri */
            Self: string;
            /** Format: uri */
            First?: string;
            /** Format: uri */
            Prev?: string;
            /** Format: uri */
            Next?: string;
            /** Format: uri */
            Last?: string;
        };
        /**
         * MetaData
         * @description Meta Data relevant to the payload
         */
        "Meta.v4.0-events": {
            /** Format: int32 */
            TotalPages?: number;
            FirstAvailableDateTime?: components["schemas"]["ISODateTime"];
            LastAvailableDateTime?: components["schemas"]["ISODateTime"];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        "OBErrorResponse1.v4.0-events": {
            /** @description A unique reference for the error instance, for audit purposes, in case of unknown/unclassified errors. */
            Id?: string;
            /**
             * @description Deprecated <br>High level textual error code, to help categorise the errors.
             * @example 400 BadRequest
             */
            Code?: string;
            /**
             * @description Deprecated <br>Brief Error message
             * @example There is something wrong with the request parameters provided
             */
            Message?: string;
            Errors: components["schemas"]["OBError1.v4.0-events"][];
        };
        "OBError1.v4.0-events": {
            ErrorCode: components["schemas"]["OBExternalStatusReason1Code.v4.0-events"];
            /**
             * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
             *     OBIE doesn't standardise this field
             */
            Message?: string;
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /**
         * @description Low level textual error code, for all enum values see `ExternalReturnReason1Code` here - https://github.com/OpenBankingUK/External_Interal_CodeSets/
         * @example AC17
         */
        "OBExternalStatusReason1Code.v4.0-events": string;
        UsageResponse: {
            Data: {
                /** @description The calling TPP */
                ClientId: string;
                Plan: {
                    /** @description The API plan: free, standard or premium */
                    Name: string;
                    /** @description What the plan multiplies the resource APIs' rate limits by */
                    RateLimitFactor: number;
                    /** @description Resource API requests a month; absent when the plan has no quota */
                    MonthlyQuota?: number;
                };
                /** @description The calendar month counted (UK time) */
                Month: string;
                /** @description Resource API requests counted that month */
                Requests: number;
                /** @description What is left of the monthly quota; absent when the plan has none */
                Remaining?: number;
                Usage: {
                    /**
                     * Format: date
                     * @description A UK day
                     */
                    Date: string;
                    /** @enum {string} */
                    Api: "aisp" | "pisp" | "cbpii" | "events";
                    Requests: number;
                }[];
            };
            Links: {
                /** Format: uri */
                Self: string;
            };
            Meta: Record<string, never>;
        };
    };
    responses: {
        /** @description Account Access Consents Created */
        "201AccountAccessConsentsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadConsentResponse1"];
                "application/json": components["schemas"]["OBReadConsentResponse1"];
            };
        };
        /** @description Bad request */
        "400Error.account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Unauthorized */
        "401Error.account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Method Not Allowed */
        "405Error.account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error.account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.account-info": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error.account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Account Access Consents Read */
        "200AccountAccessConsentsConsentIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadConsentResponse1"];
                "application/json": components["schemas"]["OBReadConsentResponse1"];
            };
        };
        /** @description Account Access Consents Deleted */
        "204AccountAccessConsentsConsentIdDeleted": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Domestic Payment Consents Created */
        "201DomesticPaymentConsentsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticConsentResponse5"];
                "application/json": components["schemas"]["OBWriteDomesticConsentResponse5"];
            };
        };
        /** @description Bad request */
        "400Error.payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Unauthorized */
        "401Error.payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Method Not Allowed */
        "405Error.payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error.payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.payment-initiation": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error.payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Domestic Payment Consents Read */
        "200DomesticPaymentConsentsConsentIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticConsentResponse5"];
                "application/json": components["schemas"]["OBWriteDomesticConsentResponse5"];
            };
        };
        /** @description Domestic Scheduled Payment Consents Created */
        "201DomesticScheduledPaymentConsentsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledConsentResponse5"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledConsentResponse5"];
            };
        };
        /** @description Not found */
        "404Error.payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Domestic Scheduled Payment Consents Read */
        "200DomesticScheduledPaymentConsentsConsentIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledConsentResponse5"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledConsentResponse5"];
            };
        };
        /** @description Domestic Standing Order Consents Created */
        "201DomesticStandingOrderConsentsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderConsentResponse6"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderConsentResponse6"];
            };
        };
        /** @description Domestic Standing Order Consents Read */
        "200DomesticStandingOrderConsentsConsentIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderConsentResponse6"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderConsentResponse6"];
            };
        };
        /** @description Funds Confirmation Consent Created */
        "201FundsConfirmationConsentsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBFundsConfirmationConsentResponse1"];
                "application/json": components["schemas"]["OBFundsConfirmationConsentResponse1"];
            };
        };
        /** @description Bad request */
        "400Error.confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Unauthorized */
        "401Error.confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Method Not Allowed */
        "405Error.confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error.confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.confirmation-funds": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error.confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Funds Confirmation Consent Read */
        "200FundsConfirmationConsentsConsentIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBFundsConfirmationConsentResponse1"];
                "application/json": components["schemas"]["OBFundsConfirmationConsentResponse1"];
            };
        };
        /** @description Funds Confirmation Consent Deleted */
        "204FundsConfirmationConsentsConsentIdDeleted": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Domestic Payments Created */
        "201DomesticPaymentsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticResponse5"];
                "application/json": components["schemas"]["OBWriteDomesticResponse5"];
            };
        };
        /** @description Domestic Payments Read */
        "200DomesticPaymentsDomesticPaymentIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticResponse5"];
                "application/json": components["schemas"]["OBWriteDomesticResponse5"];
            };
        };
        /** @description Payment Details Read */
        "200DomesticPaymentsDomesticPaymentIdPaymentDetailsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWritePaymentDetailsResponse1"];
                "application/json": components["schemas"]["OBWritePaymentDetailsResponse1"];
            };
        };
        /** @description Domestic Payment Consents Read */
        "200DomesticPaymentConsentsConsentIdFundsConfirmationRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteFundsConfirmationResponse1"];
                "application/json": components["schemas"]["OBWriteFundsConfirmationResponse1"];
            };
        };
        /** @description Domestic Scheduled Payments Created */
        "201DomesticScheduledPaymentsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledResponse5"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledResponse5"];
            };
        };
        /** @description Domestic Scheduled Payments Read */
        "200DomesticScheduledPaymentsDomesticScheduledPaymentIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledResponse5"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledResponse5"];
            };
        };
        /** @description Payment Details Read */
        "200DomesticScheduledPaymentsDomesticScheduledPaymentIdPaymentDetailsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWritePaymentDetailsResponse1"];
                "application/json": components["schemas"]["OBWritePaymentDetailsResponse1"];
            };
        };
        /** @description Domestic Standing Orders Created */
        "201DomesticStandingOrdersCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderResponse6"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderResponse6"];
            };
        };
        /** @description Domestic Standing Orders Read */
        "200DomesticStandingOrdersDomesticStandingOrderIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderResponse6"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderResponse6"];
            };
        };
        /** @description Payment Details Read */
        "200DomesticStandingOrdersDomesticStandingOrderIdPaymentDetailsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWritePaymentDetailsResponse1"];
                "application/json": components["schemas"]["OBWritePaymentDetailsResponse1"];
            };
        };
        /** @description Accounts Read */
        "200AccountsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadAccount6"];
                "application/json": components["schemas"]["OBReadAccount6"];
            };
        };
        /** @description Accounts Read */
        "200AccountsAccountIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadAccount6"];
                "application/json": components["schemas"]["OBReadAccount6"];
            };
        };
        /** @description Balances Read */
        "200BalancesRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadBalance1"];
                "application/json": components["schemas"]["OBReadBalance1"];
            };
        };
        /** @description Not found */
        "404Error.account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Balances Read */
        "200AccountsAccountIdBalancesRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadBalance1"];
                "application/json": components["schemas"]["OBReadBalance1"];
            };
        };
        /** @description Transactions Read */
        "200TransactionsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadTransaction6"];
                "application/json": components["schemas"]["OBReadTransaction6"];
            };
        };
        /** @description Transactions Read */
        "200AccountsAccountIdTransactionsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadTransaction6"];
                "application/json": components["schemas"]["OBReadTransaction6"];
            };
        };
        /** @description Scheduled Payments Read */
        "200ScheduledPaymentsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadScheduledPayment3"];
                "application/json": components["schemas"]["OBReadScheduledPayment3"];
            };
        };
        /** @description Scheduled Payments Read */
        "200AccountsAccountIdScheduledPaymentsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadScheduledPayment3"];
                "application/json": components["schemas"]["OBReadScheduledPayment3"];
            };
        };
        /** @description Standing Orders Read */
        "200StandingOrdersRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadStandingOrder6"];
                "application/json": components["schemas"]["OBReadStandingOrder6"];
            };
        };
        /** @description Standing Orders Read */
        "200AccountsAccountIdStandingOrdersRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadStandingOrder6"];
                "application/json": components["schemas"]["OBReadStandingOrder6"];
            };
        };
        /** @description Funds Confirmation Created */
        "201FundsConfirmationsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBFundsConfirmationResponse1"];
                "application/json": components["schemas"]["OBFundsConfirmationResponse1"];
            };
        };
        /** @description Event Subscription Created */
        "201EventSubscriptionsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventSubscriptionResponse1"];
            };
        };
        /** @description Bad request */
        "400Error.events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Unauthorized */
        "401Error.events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Not found */
        "404Error.events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Method Not Allowed */
        "405Error.events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Conflict */
        "409Error.events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error.events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.events": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error.events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Event Subscription Read */
        "200EventSubscriptionsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventSubscriptionsResponse1"];
            };
        };
        /** @description Event Subscription Changed */
        "200EventSubscriptionsEventSubscriptionIdChanged": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventSubscriptionResponse1"];
            };
        };
        /** @description Event Subscription Deleted */
        "204EventSubscriptionsEventSubscriptionIdDeleted": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Read awaiting events */
        "200EventsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventPollingResponse1"];
            };
        };
        /** @description Events Created */
        "201EventsCreated": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventPollingResponse1"];
            };
        };
        /** @description Default response */
        "20xOBDomesticVRPConsentResponse": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPConsentResponse"];
                "application/json": components["schemas"]["OBDomesticVRPConsentResponse"];
            };
        };
        /** @description Bad request */
        "400Error.vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Unauthorized */
        "401Error.vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Method Not Allowed */
        "405Error.vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Conflict */
        "409Error.vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Unsupported Media Type */
        "415Error.vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.vrp": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        InternalError: {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1"];
                "application/json": components["schemas"]["OBErrorResponse1"];
            };
        };
        /** @description Default response */
        "20xOBDomesticVRPResponse": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPResponse"];
                "application/json": components["schemas"]["OBDomesticVRPResponse"];
            };
        };
        /** @description Default response */
        "20xOBDomesticVRPRequestDetailResponse": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPDetails"];
                "application/json": components["schemas"]["OBDomesticVRPDetails"];
            };
        };
        /** @description Default response */
        "201OBDomesticVRPFundsConfirmationResponse": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBVRPFundsConfirmationResponse"];
                "application/json": components["schemas"]["OBVRPFundsConfirmationResponse"];
            };
        };
        /** @description Account Access Consents Created */
        "201AccountAccessConsentsCreated.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadConsentResponse1.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadConsentResponse1.v4.0-account-info"];
            };
        };
        /** @description Bad request */
        "400Error.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-account-info"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-account-info"];
            };
        };
        /** @description Unauthorized */
        "401Error.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-account-info"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-account-info"];
            };
        };
        /** @description Method Not Allowed */
        "405Error.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.v4.0-account-info": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-account-info"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-account-info"];
            };
        };
        /** @description Account Access Consents Read */
        "200AccountAccessConsentsConsentIdRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadConsentResponse1.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadConsentResponse1.v4.0-account-info"];
            };
        };
        /** @description Domestic Payment Consents Created */
        "201DomesticPaymentConsentsCreated.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticConsentResponse5.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticConsentResponse5.v4.0-payment-initiation"];
            };
        };
        /** @description Bad request */
        "400Error.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-payment-initiation"];
            };
        };
        /** @description Unauthorized */
        "401Error.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-payment-initiation"];
            };
        };
        /** @description Method Not Allowed */
        "405Error.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.v4.0-payment-initiation": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Payment Consents Read */
        "200DomesticPaymentConsentsConsentIdRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticConsentResponse5.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticConsentResponse5.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Scheduled Payment Consents Created */
        "201DomesticScheduledPaymentConsentsCreated.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledConsentResponse5.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledConsentResponse5.v4.0-payment-initiation"];
            };
        };
        /** @description Not found */
        "404Error.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Conflict */
        "409Error.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Scheduled Payment Consents Read */
        "200DomesticScheduledPaymentConsentsConsentIdRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledConsentResponse5.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledConsentResponse5.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Standing Order Consents Created */
        "201DomesticStandingOrderConsentsCreated.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderConsentResponse6.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderConsentResponse6.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Standing Order Consents Read */
        "200DomesticStandingOrderConsentsConsentIdRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderConsentResponse6.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderConsentResponse6.v4.0-payment-initiation"];
            };
        };
        /** @description Funds Confirmation Consent Created */
        "201FundsConfirmationConsentsCreated.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBFundsConfirmationConsentResponse1.v4.0-confirmation-funds"];
                "application/json": components["schemas"]["OBFundsConfirmationConsentResponse1.v4.0-confirmation-funds"];
            };
        };
        /** @description Bad request */
        "400Error.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-confirmation-funds"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-confirmation-funds"];
            };
        };
        /** @description Unauthorized */
        "401Error.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-confirmation-funds"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-confirmation-funds"];
            };
        };
        /** @description Method Not Allowed */
        "405Error.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.v4.0-confirmation-funds": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-confirmation-funds"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-confirmation-funds"];
            };
        };
        /** @description Funds Confirmation Consent Read */
        "200FundsConfirmationConsentsConsentIdRead.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBFundsConfirmationConsentResponse1.v4.0-confirmation-funds"];
                "application/json": components["schemas"]["OBFundsConfirmationConsentResponse1.v4.0-confirmation-funds"];
            };
        };
        /** @description Domestic Payments Created */
        "201DomesticPaymentsCreated.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticResponse5.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticResponse5.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Payments Read */
        "200DomesticPaymentsDomesticPaymentIdRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticResponse5.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticResponse5.v4.0-payment-initiation"];
            };
        };
        /** @description Payment Details Read */
        "200DomesticPaymentsDomesticPaymentIdPaymentDetailsRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWritePaymentDetailsResponse1.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWritePaymentDetailsResponse1.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Payment Consents Read */
        "200DomesticPaymentConsentsConsentIdFundsConfirmationRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteFundsConfirmationResponse1.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteFundsConfirmationResponse1.v4.0-payment-initiation"];
            };
        };
        /** @description Accounts Read */
        "200AccountsRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadAccount6.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadAccount6.v4.0-account-info"];
            };
        };
        /** @description Accounts Read */
        "200AccountsAccountIdRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadAccount6.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadAccount6.v4.0-account-info"];
            };
        };
        /** @description Balances Read */
        "200BalancesRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadBalance1.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadBalance1.v4.0-account-info"];
            };
        };
        /** @description Not found */
        "404Error.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Balances Read */
        "200AccountsAccountIdBalancesRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadBalance1.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadBalance1.v4.0-account-info"];
            };
        };
        /** @description Transactions Read */
        "200TransactionsRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadTransaction6.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadTransaction6.v4.0-account-info"];
            };
        };
        /** @description Transactions Read */
        "200AccountsAccountIdTransactionsRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadTransaction6.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadTransaction6.v4.0-account-info"];
            };
        };
        /** @description Scheduled Payments Read */
        "200ScheduledPaymentsRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadScheduledPayment3.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadScheduledPayment3.v4.0-account-info"];
            };
        };
        /** @description Scheduled Payments Read */
        "200AccountsAccountIdScheduledPaymentsRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadScheduledPayment3.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadScheduledPayment3.v4.0-account-info"];
            };
        };
        /** @description Standing Orders Read */
        "200StandingOrdersRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadStandingOrder6.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadStandingOrder6.v4.0-account-info"];
            };
        };
        /** @description Standing Orders Read */
        "200AccountsAccountIdStandingOrdersRead.v4.0-account-info": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadStandingOrder6.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadStandingOrder6.v4.0-account-info"];
            };
        };
        /** @description Funds Confirmation Created */
        "201FundsConfirmationsCreated.v4.0-confirmation-funds": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBFundsConfirmationResponse1.v4.0-confirmation-funds"];
                "application/json": components["schemas"]["OBFundsConfirmationResponse1.v4.0-confirmation-funds"];
            };
        };
        /** @description Default response */
        "20xOBDomesticVRPConsentResponse.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                /** @description Optional header to aid migration across API versions.  Indicates the version of JSON schema being sent/received */
                "payload-version"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPConsentResponse.v4.0-vrp"];
                "application/json": components["schemas"]["OBDomesticVRPConsentResponse.v4.0-vrp"];
            };
        };
        /** @description Bad request */
        "400Error.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-vrp"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-vrp"];
            };
        };
        /** @description Unauthorized */
        "401Error.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-vrp"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-vrp"];
            };
        };
        /** @description Method Not Allowed */
        "405Error.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Conflict */
        "409Error.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-vrp"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-vrp"];
            };
        };
        /** @description Unsupported Media Type */
        "415Error.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.v4.0-vrp": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "InternalError.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-vrp"];
                "application/json": components["schemas"]["OBErrorResponse1.v4.0-vrp"];
            };
        };
        /** @description Default response */
        "20xOBDomesticVRPResponse.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPResponse.v4.0-vrp"];
                "application/json": components["schemas"]["OBDomesticVRPResponse.v4.0-vrp"];
            };
        };
        /** @description Default response */
        "20xOBDomesticVRPRequestDetailResponse.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPDetails.v4.0-vrp"];
                "application/json": components["schemas"]["OBDomesticVRPDetails.v4.0-vrp"];
            };
        };
        /** @description Default response */
        "201OBDomesticVRPFundsConfirmationResponse.v4.0-vrp": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBVRPFundsConfirmationResponse.v4.0-vrp"];
                "application/json": components["schemas"]["OBVRPFundsConfirmationResponse.v4.0-vrp"];
            };
        };
        /** @description Domestic Scheduled Payments Created */
        "201DomesticScheduledPaymentsCreated.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledResponse5.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledResponse5.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Scheduled Payments Read */
        "200DomesticScheduledPaymentsDomesticScheduledPaymentIdRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledResponse5.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledResponse5.v4.0-payment-initiation"];
            };
        };
        /** @description Payment Details Read */
        "200DomesticScheduledPaymentsDomesticScheduledPaymentIdPaymentDetailsRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWritePaymentDetailsResponse1.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWritePaymentDetailsResponse1.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Standing Orders Created */
        "201DomesticStandingOrdersCreated.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderResponse6.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderResponse6.v4.0-payment-initiation"];
            };
        };
        /** @description Domestic Standing Orders Read */
        "200DomesticStandingOrdersDomesticStandingOrderIdRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderResponse6.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderResponse6.v4.0-payment-initiation"];
            };
        };
        /** @description Payment Details Read */
        "200DomesticStandingOrdersDomesticStandingOrderIdPaymentDetailsRead.v4.0-payment-initiation": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Header containing a detached JWS signature of the body of the payload. */
                "x-jws-signature": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWritePaymentDetailsResponse1.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWritePaymentDetailsResponse1.v4.0-payment-initiation"];
            };
        };
        /** @description Bad request */
        "400Error.v4.0-events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-events"];
            };
        };
        /** @description Unauthorized */
        "401Error.v4.0-events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error.v4.0-events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-events"];
            };
        };
        /** @description Not found */
        "404Error.v4.0-events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Method Not Allowed */
        "405Error.v4.0-events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error.v4.0-events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Conflict */
        "409Error.v4.0-events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error.v4.0-events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error.v4.0-events": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error.v4.0-events": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBErrorResponse1.v4.0-events"];
            };
        };
    };
    parameters: {
        /**
         * @description The time when the PSU last logged in with the TPP.
         *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
         *     Sun, 10 Sep 2017 19:43:31 UTC
         */
        "x-fapi-auth-date": string;
        /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
        "x-fapi-customer-ip-address": string;
        /** @description An RFC4122 UID used as a correlation id. */
        "x-fapi-interaction-id": string;
        /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
        Authorization: string;
        /** @description Indicates the user-agent that the PSU is using. */
        "x-customer-user-agent": string;
        /** @description ConsentId */
        ConsentId: string;
        /**
         * @description Every request will be processed only once per x-idempotency-key.  The
         *     Idempotency Key will be valid for 24 hours.
         */
        "x-idempotency-key": string;
        /** @description A detached JWS signature of the body of the payload. */
        "x-jws-signature": string;
        /** @description DomesticPaymentId */
        DomesticPaymentId: string;
        /** @description DomesticScheduledPaymentId */
        DomesticScheduledPaymentId: string;
        /** @description DomesticStandingOrderId */
        DomesticStandingOrderId: string;
        /** @description AccountId */
        AccountId: string;
        /**
         * @description The UTC ISO 8601 Date Time to filter transactions FROM
         *     NB Time component is optional - set to 00:00:00 for just Date.
         *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
         */
        FromBookingDateTimeParam: string;
        /**
         * @description The UTC ISO 8601 Date Time to filter transactions TO
         *     NB Time component is optional - set to 00:00:00 for just Date.
         *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
         */
        ToBookingDateTimeParam: string;
        /** @description EventSubscriptionId */
        EventSubscriptionId: string;
        /** @description DomesticVRPId */
        DomesticVRPId: string;
        /** @description Optional header to aid migration across API versions.  Indicates the version of JSON schema being sent/received */
        "payload-version": string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    PushAuthorizationRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description DPoP proof (RFC 9449) for a DPoP-bound token; without it a token is bound to the transport certificate. */
                DPoP?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["PushedAuthorizationRequest"];
            };
        };
        responses: {
            /** @description Pushed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushedAuthorizationResponse"];
                };
            };
            /** @description invalid_request, invalid_request_object, invalid_scope, invalid_authorization_details... */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description invalid_client */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    Token: {
        parameters: {
            query?: never;
            header?: {
                /** @description DPoP proof (RFC 9449) for a DPoP-bound token; without it a token is bound to the transport certificate. */
                DPoP?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description invalid_grant, invalid_scope, invalid_dpop_proof, invalid_request... */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description invalid_client */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    Introspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenReference"];
            };
        };
        responses: {
            /** @description The token's state (a signed JWT with Accept: application/token-introspection+jwt) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introspection"];
                };
            };
            /** @description invalid_client */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    Revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenReference"];
            };
        };
        responses: {
            /** @description Revoked (also for an unknown token) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid_client */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    RegisterClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientMetadata"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredClient"];
                };
            };
            /** @description invalid_software_statement, invalid_client_metadata, invalid_redirect_uri */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    ReadClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ClientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredClient"];
                };
            };
            /** @description invalid_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    UpdateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ClientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientMetadata"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredClient"];
                };
            };
            /** @description invalid_client_metadata... */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description invalid_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    DeleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ClientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    CreateAccountAccessConsents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadConsent1"];
                "application/json": components["schemas"]["OBReadConsent1"];
            };
        };
        responses: {
            201: components["responses"]["201AccountAccessConsentsCreated"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            415: components["responses"]["415Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetAccountAccessConsentsConsentId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountAccessConsentsConsentIdRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    DeleteAccountAccessConsentsConsentId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["204AccountAccessConsentsConsentIdDeleted"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    CreateDomesticPaymentConsents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticConsent4"];
                "application/json": components["schemas"]["OBWriteDomesticConsent4"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticPaymentConsentsCreated"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            415: components["responses"]["415Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticPaymentConsentsConsentId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticPaymentConsentsConsentIdRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    CreateDomesticScheduledPaymentConsents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledConsent4"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledConsent4"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticScheduledPaymentConsentsCreated"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            415: components["responses"]["415Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticScheduledPaymentConsentsConsentId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticScheduledPaymentConsentsConsentIdRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    CreateDomesticStandingOrderConsents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderConsent5"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderConsent5"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticStandingOrderConsentsCreated"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            415: components["responses"]["415Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticStandingOrderConsentsConsentId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticStandingOrderConsentsConsentIdRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    CreateFundsConfirmationConsents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OBFundsConfirmationConsent1"];
            };
        };
        responses: {
            201: components["responses"]["201FundsConfirmationConsentsCreated"];
            400: components["responses"]["400Error.confirmation-funds"];
            401: components["responses"]["401Error.confirmation-funds"];
            403: components["responses"]["403Error.confirmation-funds"];
            405: components["responses"]["405Error.confirmation-funds"];
            406: components["responses"]["406Error.confirmation-funds"];
            415: components["responses"]["415Error.confirmation-funds"];
            429: components["responses"]["429Error.confirmation-funds"];
            500: components["responses"]["500Error.confirmation-funds"];
        };
    };
    GetFundsConfirmationConsentsConsentId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200FundsConfirmationConsentsConsentIdRead"];
            400: components["responses"]["400Error.confirmation-funds"];
            401: components["responses"]["401Error.confirmation-funds"];
            403: components["responses"]["403Error.confirmation-funds"];
            405: components["responses"]["405Error.confirmation-funds"];
            406: components["responses"]["406Error.confirmation-funds"];
            429: components["responses"]["429Error.confirmation-funds"];
            500: components["responses"]["500Error.confirmation-funds"];
        };
    };
    DeleteFundsConfirmationConsentsConsentId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["204FundsConfirmationConsentsConsentIdDeleted"];
            400: components["responses"]["400Error.confirmation-funds"];
            401: components["responses"]["401Error.confirmation-funds"];
            403: components["responses"]["403Error.confirmation-funds"];
            405: components["responses"]["405Error.confirmation-funds"];
            406: components["responses"]["406Error.confirmation-funds"];
            429: components["responses"]["429Error.confirmation-funds"];
            500: components["responses"]["500Error.confirmation-funds"];
        };
    };
    CreateDomesticPayments: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomestic2"];
                "application/json": components["schemas"]["OBWriteDomestic2"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticPaymentsCreated"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            415: components["responses"]["415Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticPaymentsDomesticPaymentId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticPaymentId */
                DomesticPaymentId: components["parameters"]["DomesticPaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticPaymentsDomesticPaymentIdRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticPaymentsDomesticPaymentIdPaymentDetails: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticPaymentId */
                DomesticPaymentId: components["parameters"]["DomesticPaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticPaymentsDomesticPaymentIdPaymentDetailsRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticPaymentConsentsConsentIdFundsConfirmation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticPaymentConsentsConsentIdFundsConfirmationRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    CreateDomesticScheduledPayments: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduled2"];
                "application/json": components["schemas"]["OBWriteDomesticScheduled2"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticScheduledPaymentsCreated"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            415: components["responses"]["415Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticScheduledPaymentsDomesticScheduledPaymentId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticScheduledPaymentId */
                DomesticScheduledPaymentId: components["parameters"]["DomesticScheduledPaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticScheduledPaymentsDomesticScheduledPaymentIdRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticScheduledPaymentsDomesticScheduledPaymentIdPaymentDetails: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticScheduledPaymentId */
                DomesticScheduledPaymentId: components["parameters"]["DomesticScheduledPaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticScheduledPaymentsDomesticScheduledPaymentIdPaymentDetailsRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    CreateDomesticStandingOrders: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrder3"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrder3"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticStandingOrdersCreated"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            415: components["responses"]["415Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticStandingOrdersDomesticStandingOrderId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticStandingOrderId */
                DomesticStandingOrderId: components["parameters"]["DomesticStandingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticStandingOrdersDomesticStandingOrderIdRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetDomesticStandingOrdersDomesticStandingOrderIdPaymentDetails: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticStandingOrderId */
                DomesticStandingOrderId: components["parameters"]["DomesticStandingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticStandingOrdersDomesticStandingOrderIdPaymentDetailsRead"];
            400: components["responses"]["400Error.payment-initiation"];
            401: components["responses"]["401Error.payment-initiation"];
            403: components["responses"]["403Error.payment-initiation"];
            404: components["responses"]["404Error.payment-initiation"];
            405: components["responses"]["405Error.payment-initiation"];
            406: components["responses"]["406Error.payment-initiation"];
            429: components["responses"]["429Error.payment-initiation"];
            500: components["responses"]["500Error.payment-initiation"];
        };
    };
    GetAccounts: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetAccountsAccountId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetBalances: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200BalancesRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            404: components["responses"]["404Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetAccountsAccountIdBalances: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdBalancesRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetTransactions: {
        parameters: {
            query?: {
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions FROM
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
                 */
                fromBookingDateTime?: components["parameters"]["FromBookingDateTimeParam"];
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions TO
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
                 */
                toBookingDateTime?: components["parameters"]["ToBookingDateTimeParam"];
            };
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200TransactionsRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            404: components["responses"]["404Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetAccountsAccountIdTransactions: {
        parameters: {
            query?: {
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions FROM
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
                 */
                fromBookingDateTime?: components["parameters"]["FromBookingDateTimeParam"];
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions TO
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
                 */
                toBookingDateTime?: components["parameters"]["ToBookingDateTimeParam"];
            };
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdTransactionsRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetScheduledPayments: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200ScheduledPaymentsRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            404: components["responses"]["404Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetAccountsAccountIdScheduledPayments: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdScheduledPaymentsRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            404: components["responses"]["404Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetStandingOrders: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200StandingOrdersRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            404: components["responses"]["404Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    GetAccountsAccountIdStandingOrders: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdStandingOrdersRead"];
            400: components["responses"]["400Error.account-info"];
            401: components["responses"]["401Error.account-info"];
            403: components["responses"]["403Error.account-info"];
            404: components["responses"]["404Error.account-info"];
            405: components["responses"]["405Error.account-info"];
            406: components["responses"]["406Error.account-info"];
            429: components["responses"]["429Error.account-info"];
            500: components["responses"]["500Error.account-info"];
        };
    };
    CreateFundsConfirmations: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OBFundsConfirmation1"];
            };
        };
        responses: {
            201: components["responses"]["201FundsConfirmationsCreated"];
            400: components["responses"]["400Error.confirmation-funds"];
            401: components["responses"]["401Error.confirmation-funds"];
            403: components["responses"]["403Error.confirmation-funds"];
            405: components["responses"]["405Error.confirmation-funds"];
            406: components["responses"]["406Error.confirmation-funds"];
            415: components["responses"]["415Error.confirmation-funds"];
            429: components["responses"]["429Error.confirmation-funds"];
            500: components["responses"]["500Error.confirmation-funds"];
        };
    };
    GetEventSubscriptions: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200EventSubscriptionsRead"];
            400: components["responses"]["400Error.events"];
            401: components["responses"]["401Error.events"];
            403: components["responses"]["403Error.events"];
            404: components["responses"]["404Error.events"];
            405: components["responses"]["405Error.events"];
            406: components["responses"]["406Error.events"];
            429: components["responses"]["429Error.events"];
            500: components["responses"]["500Error.events"];
        };
    };
    CreateEventSubscriptions: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventSubscription1"];
            };
        };
        responses: {
            201: components["responses"]["201EventSubscriptionsCreated"];
            400: components["responses"]["400Error.events"];
            401: components["responses"]["401Error.events"];
            403: components["responses"]["403Error.events"];
            404: components["responses"]["404Error.events"];
            405: components["responses"]["405Error.events"];
            406: components["responses"]["406Error.events"];
            409: components["responses"]["409Error.events"];
            415: components["responses"]["415Error.events"];
            429: components["responses"]["429Error.events"];
            500: components["responses"]["500Error.events"];
        };
    };
    ChangeEventSubscriptionsEventSubscriptionId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description EventSubscriptionId */
                EventSubscriptionId: components["parameters"]["EventSubscriptionId"];
            };
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventSubscriptionResponse1"];
            };
        };
        responses: {
            200: components["responses"]["200EventSubscriptionsEventSubscriptionIdChanged"];
            400: components["responses"]["400Error.events"];
            401: components["responses"]["401Error.events"];
            403: components["responses"]["403Error.events"];
            404: components["responses"]["404Error.events"];
            405: components["responses"]["405Error.events"];
            406: components["responses"]["406Error.events"];
            415: components["responses"]["415Error.events"];
            429: components["responses"]["429Error.events"];
            500: components["responses"]["500Error.events"];
        };
    };
    DeleteEventSubscriptionsEventSubscriptionId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description EventSubscriptionId */
                EventSubscriptionId: components["parameters"]["EventSubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["204EventSubscriptionsEventSubscriptionIdDeleted"];
            400: components["responses"]["400Error.events"];
            401: components["responses"]["401Error.events"];
            403: components["responses"]["403Error.events"];
            404: components["responses"]["404Error.events"];
            405: components["responses"]["405Error.events"];
            406: components["responses"]["406Error.events"];
            429: components["responses"]["429Error.events"];
            500: components["responses"]["500Error.events"];
        };
    };
    CreateEvents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventPolling1"];
            };
        };
        responses: {
            200: components["responses"]["200EventsRead"];
            201: components["responses"]["201EventsCreated"];
            400: components["responses"]["400Error.events"];
            401: components["responses"]["401Error.events"];
            403: components["responses"]["403Error.events"];
            404: components["responses"]["404Error.events"];
            405: components["responses"]["405Error.events"];
            406: components["responses"]["406Error.events"];
            415: components["responses"]["415Error.events"];
            429: components["responses"]["429Error.events"];
            500: components["responses"]["500Error.events"];
        };
    };
    domesticVrpConsentsPost: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPConsentRequest"];
                "application/json": components["schemas"]["OBDomesticVRPConsentRequest"];
            };
        };
        responses: {
            201: components["responses"]["20xOBDomesticVRPConsentResponse"];
            400: components["responses"]["400Error.vrp"];
            401: components["responses"]["401Error.vrp"];
            403: components["responses"]["403Error.vrp"];
            405: components["responses"]["405Error.vrp"];
            406: components["responses"]["406Error.vrp"];
            409: components["responses"]["409Error.vrp"];
            415: components["responses"]["415Error.vrp"];
            429: components["responses"]["429Error.vrp"];
            500: components["responses"]["InternalError"];
        };
    };
    domesticVrpConsentsGet: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["20xOBDomesticVRPConsentResponse"];
            400: components["responses"]["400Error.vrp"];
            401: components["responses"]["401Error.vrp"];
            403: components["responses"]["403Error.vrp"];
            405: components["responses"]["405Error.vrp"];
            406: components["responses"]["406Error.vrp"];
            415: components["responses"]["415Error.vrp"];
            429: components["responses"]["429Error.vrp"];
            500: components["responses"]["InternalError"];
        };
    };
    domesticVrpConsentsDelete: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description delete successful */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400Error.vrp"];
            401: components["responses"]["401Error.vrp"];
            403: components["responses"]["403Error.vrp"];
            405: components["responses"]["405Error.vrp"];
            406: components["responses"]["406Error.vrp"];
            415: components["responses"]["415Error.vrp"];
            429: components["responses"]["429Error.vrp"];
            500: components["responses"]["InternalError"];
        };
    };
    domesticVrpPost: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPRequest"];
                "application/json": components["schemas"]["OBDomesticVRPRequest"];
            };
        };
        responses: {
            201: components["responses"]["20xOBDomesticVRPResponse"];
            400: components["responses"]["400Error.vrp"];
            401: components["responses"]["401Error.vrp"];
            403: components["responses"]["403Error.vrp"];
            405: components["responses"]["405Error.vrp"];
            406: components["responses"]["406Error.vrp"];
            409: components["responses"]["409Error.vrp"];
            415: components["responses"]["415Error.vrp"];
            429: components["responses"]["429Error.vrp"];
            500: components["responses"]["InternalError"];
        };
    };
    domesticVrpGet: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticVRPId */
                DomesticVRPId: components["parameters"]["DomesticVRPId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["20xOBDomesticVRPResponse"];
            400: components["responses"]["400Error.vrp"];
            401: components["responses"]["401Error.vrp"];
            403: components["responses"]["403Error.vrp"];
            405: components["responses"]["405Error.vrp"];
            406: components["responses"]["406Error.vrp"];
            415: components["responses"]["415Error.vrp"];
            429: components["responses"]["429Error.vrp"];
            500: components["responses"]["InternalError"];
        };
    };
    domesticVrpPaymentDetailsGet: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticVRPId */
                DomesticVRPId: components["parameters"]["DomesticVRPId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["20xOBDomesticVRPRequestDetailResponse"];
            400: components["responses"]["400Error.vrp"];
            401: components["responses"]["401Error.vrp"];
            403: components["responses"]["403Error.vrp"];
            405: components["responses"]["405Error.vrp"];
            406: components["responses"]["406Error.vrp"];
            415: components["responses"]["415Error.vrp"];
            429: components["responses"]["429Error.vrp"];
            500: components["responses"]["InternalError"];
        };
    };
    domesticVrpConsentsFundsConfirmation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBVRPFundsConfirmationRequest"];
                "application/json": components["schemas"]["OBVRPFundsConfirmationRequest"];
            };
        };
        responses: {
            201: components["responses"]["201OBDomesticVRPFundsConfirmationResponse"];
            400: components["responses"]["400Error.vrp"];
            401: components["responses"]["401Error.vrp"];
            403: components["responses"]["403Error.vrp"];
            405: components["responses"]["405Error.vrp"];
            406: components["responses"]["406Error.vrp"];
            415: components["responses"]["415Error.vrp"];
            429: components["responses"]["429Error.vrp"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateAccountAccessConsentsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBReadConsent1.v4.0-account-info"];
                "application/json": components["schemas"]["OBReadConsent1.v4.0-account-info"];
            };
        };
        responses: {
            201: components["responses"]["201AccountAccessConsentsCreated.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            415: components["responses"]["415Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetAccountAccessConsentsConsentIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountAccessConsentsConsentIdRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    DeleteAccountAccessConsentsConsentIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["204AccountAccessConsentsConsentIdDeleted"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    CreateDomesticPaymentConsentsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticConsent4.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticConsent4.v4.0-payment-initiation"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticPaymentConsentsCreated.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            415: components["responses"]["415Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticPaymentConsentsConsentIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticPaymentConsentsConsentIdRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    CreateDomesticScheduledPaymentConsentsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduledConsent4.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticScheduledConsent4.v4.0-payment-initiation"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticScheduledPaymentConsentsCreated.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            409: components["responses"]["409Error.v4.0-payment-initiation"];
            415: components["responses"]["415Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticScheduledPaymentConsentsConsentIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticScheduledPaymentConsentsConsentIdRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    CreateDomesticStandingOrderConsentsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrderConsent5.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrderConsent5.v4.0-payment-initiation"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticStandingOrderConsentsCreated.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            409: components["responses"]["409Error.v4.0-payment-initiation"];
            415: components["responses"]["415Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticStandingOrderConsentsConsentIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticStandingOrderConsentsConsentIdRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    CreateFundsConfirmationConsentsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OBFundsConfirmationConsent1.v4.0-confirmation-funds"];
            };
        };
        responses: {
            201: components["responses"]["201FundsConfirmationConsentsCreated.v4.0-confirmation-funds"];
            400: components["responses"]["400Error.v4.0-confirmation-funds"];
            401: components["responses"]["401Error.v4.0-confirmation-funds"];
            403: components["responses"]["403Error.v4.0-confirmation-funds"];
            405: components["responses"]["405Error.v4.0-confirmation-funds"];
            406: components["responses"]["406Error.v4.0-confirmation-funds"];
            415: components["responses"]["415Error.v4.0-confirmation-funds"];
            429: components["responses"]["429Error.v4.0-confirmation-funds"];
            500: components["responses"]["500Error.v4.0-confirmation-funds"];
        };
    };
    GetFundsConfirmationConsentsConsentIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200FundsConfirmationConsentsConsentIdRead.v4.0-confirmation-funds"];
            400: components["responses"]["400Error.v4.0-confirmation-funds"];
            401: components["responses"]["401Error.v4.0-confirmation-funds"];
            403: components["responses"]["403Error.v4.0-confirmation-funds"];
            405: components["responses"]["405Error.v4.0-confirmation-funds"];
            406: components["responses"]["406Error.v4.0-confirmation-funds"];
            429: components["responses"]["429Error.v4.0-confirmation-funds"];
            500: components["responses"]["500Error.v4.0-confirmation-funds"];
        };
    };
    DeleteFundsConfirmationConsentsConsentIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["204FundsConfirmationConsentsConsentIdDeleted"];
            400: components["responses"]["400Error.v4.0-confirmation-funds"];
            401: components["responses"]["401Error.v4.0-confirmation-funds"];
            403: components["responses"]["403Error.v4.0-confirmation-funds"];
            405: components["responses"]["405Error.v4.0-confirmation-funds"];
            406: components["responses"]["406Error.v4.0-confirmation-funds"];
            429: components["responses"]["429Error.v4.0-confirmation-funds"];
            500: components["responses"]["500Error.v4.0-confirmation-funds"];
        };
    };
    CreateDomesticPaymentsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomestic2.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomestic2.v4.0-payment-initiation"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticPaymentsCreated.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            409: components["responses"]["409Error.v4.0-payment-initiation"];
            415: components["responses"]["415Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticPaymentsDomesticPaymentIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticPaymentId */
                DomesticPaymentId: components["parameters"]["DomesticPaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticPaymentsDomesticPaymentIdRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticPaymentsDomesticPaymentIdPaymentDetailsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticPaymentId */
                DomesticPaymentId: components["parameters"]["DomesticPaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticPaymentsDomesticPaymentIdPaymentDetailsRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticPaymentConsentsConsentIdFundsConfirmationV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticPaymentConsentsConsentIdFundsConfirmationRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetAccountsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetAccountsAccountIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetBalancesV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200BalancesRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            404: components["responses"]["404Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetAccountsAccountIdBalancesV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdBalancesRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetTransactionsV4: {
        parameters: {
            query?: {
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions FROM
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
                 */
                fromBookingDateTime?: components["parameters"]["FromBookingDateTimeParam"];
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions TO
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
                 */
                toBookingDateTime?: components["parameters"]["ToBookingDateTimeParam"];
            };
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200TransactionsRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            404: components["responses"]["404Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetAccountsAccountIdTransactionsV4: {
        parameters: {
            query?: {
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions FROM
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
                 */
                fromBookingDateTime?: components["parameters"]["FromBookingDateTimeParam"];
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions TO
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the ASPSP must ignore the timezone component.
                 */
                toBookingDateTime?: components["parameters"]["ToBookingDateTimeParam"];
            };
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdTransactionsRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetScheduledPaymentsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200ScheduledPaymentsRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            404: components["responses"]["404Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetAccountsAccountIdScheduledPaymentsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdScheduledPaymentsRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            404: components["responses"]["404Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetStandingOrdersV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200StandingOrdersRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            404: components["responses"]["404Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    GetAccountsAccountIdStandingOrdersV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdStandingOrdersRead.v4.0-account-info"];
            400: components["responses"]["400Error.v4.0-account-info"];
            401: components["responses"]["401Error.v4.0-account-info"];
            403: components["responses"]["403Error.v4.0-account-info"];
            404: components["responses"]["404Error.v4.0-account-info"];
            405: components["responses"]["405Error.v4.0-account-info"];
            406: components["responses"]["406Error.v4.0-account-info"];
            429: components["responses"]["429Error.v4.0-account-info"];
            500: components["responses"]["500Error.v4.0-account-info"];
        };
    };
    CreateFundsConfirmationsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OBFundsConfirmation1"];
            };
        };
        responses: {
            201: components["responses"]["201FundsConfirmationsCreated.v4.0-confirmation-funds"];
            400: components["responses"]["400Error.v4.0-confirmation-funds"];
            401: components["responses"]["401Error.v4.0-confirmation-funds"];
            403: components["responses"]["403Error.v4.0-confirmation-funds"];
            405: components["responses"]["405Error.v4.0-confirmation-funds"];
            406: components["responses"]["406Error.v4.0-confirmation-funds"];
            415: components["responses"]["415Error.v4.0-confirmation-funds"];
            429: components["responses"]["429Error.v4.0-confirmation-funds"];
            500: components["responses"]["500Error.v4.0-confirmation-funds"];
        };
    };
    domesticVrpConsentsPostV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPConsentRequest.v4.0-vrp"];
                "application/json": components["schemas"]["OBDomesticVRPConsentRequest.v4.0-vrp"];
            };
        };
        responses: {
            201: components["responses"]["20xOBDomesticVRPConsentResponse.v4.0-vrp"];
            400: components["responses"]["400Error.v4.0-vrp"];
            401: components["responses"]["401Error.v4.0-vrp"];
            403: components["responses"]["403Error.v4.0-vrp"];
            405: components["responses"]["405Error.v4.0-vrp"];
            406: components["responses"]["406Error.v4.0-vrp"];
            409: components["responses"]["409Error.v4.0-vrp"];
            415: components["responses"]["415Error.v4.0-vrp"];
            429: components["responses"]["429Error.v4.0-vrp"];
            500: components["responses"]["InternalError.v4.0-vrp"];
        };
    };
    domesticVrpConsentsGetV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["20xOBDomesticVRPConsentResponse.v4.0-vrp"];
            400: components["responses"]["400Error.v4.0-vrp"];
            401: components["responses"]["401Error.v4.0-vrp"];
            403: components["responses"]["403Error.v4.0-vrp"];
            405: components["responses"]["405Error.v4.0-vrp"];
            406: components["responses"]["406Error.v4.0-vrp"];
            415: components["responses"]["415Error.v4.0-vrp"];
            429: components["responses"]["429Error.v4.0-vrp"];
            500: components["responses"]["InternalError.v4.0-vrp"];
        };
    };
    domesticVrpConsentsDeleteV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description delete successful */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400Error.v4.0-vrp"];
            401: components["responses"]["401Error.v4.0-vrp"];
            403: components["responses"]["403Error.v4.0-vrp"];
            405: components["responses"]["405Error.v4.0-vrp"];
            406: components["responses"]["406Error.v4.0-vrp"];
            415: components["responses"]["415Error.v4.0-vrp"];
            429: components["responses"]["429Error.v4.0-vrp"];
            500: components["responses"]["InternalError.v4.0-vrp"];
        };
    };
    domesticVrpPostV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description Optional header to aid migration across API versions.  Indicates the version of JSON schema being sent/received */
                "payload-version"?: components["parameters"]["payload-version"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBDomesticVRPRequest.v4.0-vrp"];
                "application/json": components["schemas"]["OBDomesticVRPRequest.v4.0-vrp"];
            };
        };
        responses: {
            201: components["responses"]["20xOBDomesticVRPResponse.v4.0-vrp"];
            400: components["responses"]["400Error.v4.0-vrp"];
            401: components["responses"]["401Error.v4.0-vrp"];
            403: components["responses"]["403Error.v4.0-vrp"];
            405: components["responses"]["405Error.v4.0-vrp"];
            406: components["responses"]["406Error.v4.0-vrp"];
            409: components["responses"]["409Error.v4.0-vrp"];
            415: components["responses"]["415Error.v4.0-vrp"];
            429: components["responses"]["429Error.v4.0-vrp"];
            500: components["responses"]["InternalError.v4.0-vrp"];
        };
    };
    domesticVrpGetV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticVRPId */
                DomesticVRPId: components["parameters"]["DomesticVRPId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["20xOBDomesticVRPResponse.v4.0-vrp"];
            400: components["responses"]["400Error.v4.0-vrp"];
            401: components["responses"]["401Error.v4.0-vrp"];
            403: components["responses"]["403Error.v4.0-vrp"];
            405: components["responses"]["405Error.v4.0-vrp"];
            406: components["responses"]["406Error.v4.0-vrp"];
            415: components["responses"]["415Error.v4.0-vrp"];
            429: components["responses"]["429Error.v4.0-vrp"];
            500: components["responses"]["InternalError.v4.0-vrp"];
        };
    };
    domesticVrpPaymentDetailsGetV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticVRPId */
                DomesticVRPId: components["parameters"]["DomesticVRPId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["20xOBDomesticVRPRequestDetailResponse.v4.0-vrp"];
            400: components["responses"]["400Error.v4.0-vrp"];
            401: components["responses"]["401Error.v4.0-vrp"];
            403: components["responses"]["403Error.v4.0-vrp"];
            405: components["responses"]["405Error.v4.0-vrp"];
            406: components["responses"]["406Error.v4.0-vrp"];
            415: components["responses"]["415Error.v4.0-vrp"];
            429: components["responses"]["429Error.v4.0-vrp"];
            500: components["responses"]["InternalError.v4.0-vrp"];
        };
    };
    domesticVrpConsentsFundsConfirmationV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBVRPFundsConfirmationRequest.v4.0-vrp"];
                "application/json": components["schemas"]["OBVRPFundsConfirmationRequest.v4.0-vrp"];
            };
        };
        responses: {
            201: components["responses"]["201OBDomesticVRPFundsConfirmationResponse.v4.0-vrp"];
            400: components["responses"]["400Error.v4.0-vrp"];
            401: components["responses"]["401Error.v4.0-vrp"];
            403: components["responses"]["403Error.v4.0-vrp"];
            405: components["responses"]["405Error.v4.0-vrp"];
            406: components["responses"]["406Error.v4.0-vrp"];
            415: components["responses"]["415Error.v4.0-vrp"];
            429: components["responses"]["429Error.v4.0-vrp"];
            500: components["responses"]["InternalError.v4.0-vrp"];
        };
    };
    CreateDomesticScheduledPaymentsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticScheduled2.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticScheduled2.v4.0-payment-initiation"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticScheduledPaymentsCreated.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            409: components["responses"]["409Error.v4.0-payment-initiation"];
            415: components["responses"]["415Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticScheduledPaymentsDomesticScheduledPaymentIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticScheduledPaymentId */
                DomesticScheduledPaymentId: components["parameters"]["DomesticScheduledPaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticScheduledPaymentsDomesticScheduledPaymentIdRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticScheduledPaymentsDomesticScheduledPaymentIdPaymentDetailsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticScheduledPaymentId */
                DomesticScheduledPaymentId: components["parameters"]["DomesticScheduledPaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticScheduledPaymentsDomesticScheduledPaymentIdPaymentDetailsRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    CreateDomesticStandingOrdersV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /**
                 * @description Every request will be processed only once per x-idempotency-key.  The
                 *     Idempotency Key will be valid for 24 hours.
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBWriteDomesticStandingOrder3.v4.0-payment-initiation"];
                "application/json": components["schemas"]["OBWriteDomesticStandingOrder3.v4.0-payment-initiation"];
            };
        };
        responses: {
            201: components["responses"]["201DomesticStandingOrdersCreated.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            409: components["responses"]["409Error.v4.0-payment-initiation"];
            415: components["responses"]["415Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticStandingOrdersDomesticStandingOrderIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticStandingOrderId */
                DomesticStandingOrderId: components["parameters"]["DomesticStandingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticStandingOrdersDomesticStandingOrderIdRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetDomesticStandingOrdersDomesticStandingOrderIdPaymentDetailsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description DomesticStandingOrderId */
                DomesticStandingOrderId: components["parameters"]["DomesticStandingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200DomesticStandingOrdersDomesticStandingOrderIdPaymentDetailsRead.v4.0-payment-initiation"];
            400: components["responses"]["400Error.v4.0-payment-initiation"];
            401: components["responses"]["401Error.v4.0-payment-initiation"];
            403: components["responses"]["403Error.v4.0-payment-initiation"];
            404: components["responses"]["404Error.v4.0-payment-initiation"];
            405: components["responses"]["405Error.v4.0-payment-initiation"];
            406: components["responses"]["406Error.v4.0-payment-initiation"];
            429: components["responses"]["429Error.v4.0-payment-initiation"];
            500: components["responses"]["500Error.v4.0-payment-initiation"];
        };
    };
    GetEventSubscriptionsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200EventSubscriptionsRead"];
            400: components["responses"]["400Error.v4.0-events"];
            401: components["responses"]["401Error.v4.0-events"];
            403: components["responses"]["403Error.v4.0-events"];
            404: components["responses"]["404Error.v4.0-events"];
            405: components["responses"]["405Error.v4.0-events"];
            406: components["responses"]["406Error.v4.0-events"];
            429: components["responses"]["429Error.v4.0-events"];
            500: components["responses"]["500Error.v4.0-events"];
        };
    };
    CreateEventSubscriptionsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventSubscription1"];
            };
        };
        responses: {
            201: components["responses"]["201EventSubscriptionsCreated"];
            400: components["responses"]["400Error.v4.0-events"];
            401: components["responses"]["401Error.v4.0-events"];
            403: components["responses"]["403Error.v4.0-events"];
            404: components["responses"]["404Error.v4.0-events"];
            405: components["responses"]["405Error.v4.0-events"];
            406: components["responses"]["406Error.v4.0-events"];
            409: components["responses"]["409Error.v4.0-events"];
            415: components["responses"]["415Error.v4.0-events"];
            429: components["responses"]["429Error.v4.0-events"];
            500: components["responses"]["500Error.v4.0-events"];
        };
    };
    ChangeEventSubscriptionsEventSubscriptionIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description A detached JWS signature of the body of the payload. */
                "x-jws-signature": components["parameters"]["x-jws-signature"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description EventSubscriptionId */
                EventSubscriptionId: components["parameters"]["EventSubscriptionId"];
            };
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventSubscriptionResponse1"];
            };
        };
        responses: {
            200: components["responses"]["200EventSubscriptionsEventSubscriptionIdChanged"];
            400: components["responses"]["400Error.v4.0-events"];
            401: components["responses"]["401Error.v4.0-events"];
            403: components["responses"]["403Error.v4.0-events"];
            404: components["responses"]["404Error.v4.0-events"];
            405: components["responses"]["405Error.v4.0-events"];
            406: components["responses"]["406Error.v4.0-events"];
            415: components["responses"]["415Error.v4.0-events"];
            429: components["responses"]["429Error.v4.0-events"];
            500: components["responses"]["500Error.v4.0-events"];
        };
    };
    DeleteEventSubscriptionsEventSubscriptionIdV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description EventSubscriptionId */
                EventSubscriptionId: components["parameters"]["EventSubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["204EventSubscriptionsEventSubscriptionIdDeleted"];
            400: components["responses"]["400Error.v4.0-events"];
            401: components["responses"]["401Error.v4.0-events"];
            403: components["responses"]["403Error.v4.0-events"];
            404: components["responses"]["404Error.v4.0-events"];
            405: components["responses"]["405Error.v4.0-events"];
            406: components["responses"]["406Error.v4.0-events"];
            429: components["responses"]["429Error.v4.0-events"];
            500: components["responses"]["500Error.v4.0-events"];
        };
    };
    CreateEventsV4: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the PSU last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The PSU's IP address if the PSU is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An Authorisation Token as per https://tools.ietf.org/html/rfc6750 */
                Authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the PSU is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Default */
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OBEventPolling1"];
            };
        };
        responses: {
            200: components["responses"]["200EventsRead"];
            201: components["responses"]["201EventsCreated"];
            400: components["responses"]["400Error.v4.0-events"];
            401: components["responses"]["401Error.v4.0-events"];
            403: components["responses"]["403Error.v4.0-events"];
            404: components["responses"]["404Error.v4.0-events"];
            405: components["responses"]["405Error.v4.0-events"];
            406: components["responses"]["406Error.v4.0-events"];
            415: components["responses"]["415Error.v4.0-events"];
            429: components["responses"]["429Error.v4.0-events"];
            500: components["responses"]["500Error.v4.0-events"];
        };
    };
    GetUsage: {
        parameters: {
            query?: {
                /** @description The month to read, YYYY-MM; this one by default */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description The month is not YYYY-MM */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OBErrorResponse1"];
                };
            };
            /** @description No valid access token, or its binding is not proven */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token is not a client-credentials token of the TPP */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OBErrorResponse1"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OBErrorResponse1"];
                };
            };
        };
    };
}
