package io.clouddouble.pact.provider;

import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;

/** Verifies every consumer's pact with clouddouble-alibaba-vpcpeer. */
@Provider("clouddouble-alibaba-vpcpeer")
@PactSource(PactsFromFolderOrBroker.class)
// States are set up from contracts/pacts/states/ in setUpState, not by @State methods.
@IgnoreMissingStateChange
class VpcPeerPactProviderTest extends CloudDoubleProviderVerification {}
