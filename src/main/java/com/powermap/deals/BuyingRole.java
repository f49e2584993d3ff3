package com.powermap.deals;

/**
 * The part a person plays in one deal.
 */
public enum BuyingRole {

	DECISION_MAKER, APPROVER, EVALUATOR, USER, INFLUENCER, GATEKEEPER

}
