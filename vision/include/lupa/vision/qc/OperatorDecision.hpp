// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <string>

namespace lupa::vision::qc {

/// What an operator decided about one defect or about the verdict of an inspection.
/// Decisions are never overwritten in the database: a new decision on the same target is appended, and the
/// latest one counts (the earlier ones stay as the audit trail).
struct OperatorDecision {
    std::string decision;     ///< "confirmed" or "overruled"
    std::string comment;      ///< the operator's words, may be empty
    std::string operatorName; ///< who decided
    std::string timeUtc;      ///< when, ISO 8601 in UTC ("2024-05-17T09:30:00Z")
    /// For a verdict that is overruled: the verdict the operator sets ("PASS", "FAIL" or "REVIEW");
    /// empty otherwise.
    std::string newVerdict;
    /// For a defect that is overruled: the class the operator assigns, or empty when the operator says it is
    /// no defect at all (a false alarm); always empty for verdict decisions.
    std::string newClass;

    friend bool operator==(const OperatorDecision&, const OperatorDecision&) = default;
};

/// The decision value of a confirmation.
inline constexpr const char* kConfirmed = "confirmed";
/// The decision value of an overrule.
inline constexpr const char* kOverruled = "overruled";

} // namespace lupa::vision::qc
