package com.powermap.risk;

import java.util.List;

/**
 * A raised risk flag: its code, its weight in the risk score, the people it concerns
 * (ids) and a sentence saying why.
 */
public record RiskFlag(RiskCode code, int weight, List<String> people, String message) {

}
