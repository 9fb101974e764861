// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "ErrorReporter.hpp"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace lupa::app::test {

/// How long a test waits for a background job (training, inspection) to finish [ms].
inline constexpr int kJobTimeoutMs = 120000;

/// Records error reports instead of showing them.
class RecordingErrorReporter final : public ErrorReporter {
public:
    void reportError(const QString& title, const QString& text, const QString& detail) override {
        titles.append(title);
        texts.append(text);
        details.append(detail);
    }
    QStringList titles;
    QStringList texts;
    QStringList details;
};

/// A GUI test that starts with empty settings and a temporary folder for its files.
class GuiTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Writes `content` to a file in the temporary folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;

    QTemporaryDir m_folder;
};

/// Processes events for `ms` milliseconds.
void settle(int ms = 50);

} // namespace lupa::app::test
