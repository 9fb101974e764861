// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Runs lupdate over every source with translatable strings (application and widgets library) into
// copies of the .ts files and fails when any message is new, unfinished or empty, or when a translation
// loses a %1-style placeholder. Keeps translations/lupa_*.ts complete.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

struct Message {
    QString context;
    QString source;
    QString type;             ///< "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or one per numerus form
};

QList<Message> readMessages(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append(Message{context, {}, {}, {}});
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    messages.last().translations.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (messages.last().translations.isEmpty())
                messages.last().translations.append(text);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString describe(const Message& message) {
    return message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
}

class TranslationsComplete : public ::testing::TestWithParam<const char*> {};

TEST_P(TranslationsComplete, EverySourceStringIsTranslated) {
    const QString original = QString::fromUtf8(GetParam());
    QTemporaryDir work;
    ASSERT_TRUE(work.isValid());
    const QString copy = work.filePath(QFileInfo(original).fileName());
    ASSERT_TRUE(QFile::copy(original, copy));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPA_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-I"), QStringLiteral(LUPA_TR_INCLUDE_DIR),
                   QStringLiteral("@" LUPA_TR_SOURCES_LIST), QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().toStdString();

    const QList<Message> messages = readMessages(copy);
    EXPECT_GT(messages.size(), 50) << "lupdate found suspiciously few strings";
    QStringList problems;
    for (const Message& message : messages) {
        if (message.type == QLatin1String("unfinished")) {
            problems.append(QStringLiteral("untranslated or new: ") + describe(message));
            continue;
        }
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems.append(QStringLiteral("empty translation: ") + describe(message));
            else if (placeholders(translation) != placeholders(message.source))
                problems.append(QStringLiteral("placeholders differ: ") + describe(message) +
                                QStringLiteral(" -> ") + translation);
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << original.toStdString() << " is incomplete (translate these, then run "
                                    << "the update_translations target):\n"
                                    << problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationsComplete, ::testing::Values(LUPA_TS_FILES),
                         [](const ::testing::TestParamInfo<const char*>& paramInfo) {
                             return QFileInfo(QString::fromUtf8(paramInfo.param)).baseName().toStdString();
                         });

} // namespace
