// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/widgets/PlotView.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

// qcustomplot.h uses the `signals` and `foreach` keywords that QT_NO_KEYWORDS switches off.
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals

#include <gtest/gtest.h>

namespace lupa::widgets {
namespace {

class PlotViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_folder.isValid());
        m_view.resize(500, 350);
        QCPGraph* graph = m_view.plot()->addGraph();
        QVector<double> x;
        QVector<double> y;
        for (int i = 0; i < 100; ++i) {
            x.append(i * 0.1);
            y.append(std::sin(i * 0.1));
        }
        graph->setData(x, y);
        m_view.plot()->xAxis->setLabel(QStringLiteral("time [ns]"));
        m_view.plot()->rescaleAxes();
    }

    QByteArray head(const QString& path, int bytes) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
    }
    QStringList filesInFolder() const { return QDir(m_folder.path()).entryList(QDir::Files | QDir::Hidden); }

    QTemporaryDir m_folder;
    PlotView m_view;
};

TEST_F(PlotViewTest, ExportsPngOfTheRequestedSize) {
    const QString path = m_folder.filePath(QStringLiteral("plot.png"));
    const auto result = m_view.exportTo(path, 800, 600);
    ASSERT_TRUE(result.ok()) << result.error().describe();
    EXPECT_EQ(head(path, 4), QByteArray("\x89PNG", 4));
    EXPECT_EQ(QImage(path).size(), QSize(800, 600));
    EXPECT_EQ(filesInFolder(), QStringList{QStringLiteral("plot.png")}); // no temporary left behind
}

TEST_F(PlotViewTest, ExportsPdf) {
    const QString path = m_folder.filePath(QStringLiteral("plot.pdf"));
    const auto result = m_view.exportTo(path);
    ASSERT_TRUE(result.ok()) << result.error().describe();
    EXPECT_EQ(head(path, 5), QByteArray("%PDF-"));
    EXPECT_GT(QFileInfo(path).size(), 500);
}

TEST_F(PlotViewTest, ExportsSvgWithTheAxisLabel) {
    const QString path = m_folder.filePath(QStringLiteral("plot.SVG"));
    const auto result = m_view.exportTo(path, 640, 480);
    ASSERT_TRUE(result.ok()) << result.error().describe();
    const QByteArray content = head(path, 1 << 20);
    EXPECT_TRUE(content.startsWith("<?xml"));
    EXPECT_TRUE(content.contains("<svg"));
    EXPECT_TRUE(content.contains("time [ns]"));
}

TEST_F(PlotViewTest, UnknownFormatIsAUsageError) {
    const auto result = m_view.exportTo(m_folder.filePath(QStringLiteral("plot.bmp")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, lupa::ErrorKind::Usage);
    EXPECT_TRUE(filesInFolder().isEmpty());
}

TEST_F(PlotViewTest, MissingFolderIsAnIoError) {
    const auto result = m_view.exportTo(QStringLiteral("/nonexistent-lupa-folder/plot.png"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, lupa::ErrorKind::Io);
}

} // namespace
} // namespace lupa::widgets
