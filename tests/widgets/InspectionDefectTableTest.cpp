// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/widgets/inspection/DefectTableModel.hpp>

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace lupa::widgets {
namespace {

void addTwoDefects(DefectTableModel& model) {
    model.setRows({{7, QStringLiteral("short"), 0.93, 120, 0.012, 3.5, QStringLiteral("pads"), kDefectOpen},
                   {8, QString(), 0.41, 15, 0.0, 1.2, QString(), kDefectOpen}});
}

TEST(DefectTableModel, ShowsEveryColumn) {
    DefectTableModel model;
    addTwoDefects(model);
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), DefectTableModel::ColumnCount);
    EXPECT_EQ(model.headerData(DefectTableModel::AreaMm2Column, Qt::Horizontal).toString(),
              QStringLiteral("Area (mm²)"));
    const auto text = [&model](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    EXPECT_EQ(text(0, DefectTableModel::IdColumn), QStringLiteral("7"));
    EXPECT_EQ(text(0, DefectTableModel::ClassColumn), QStringLiteral("short"));
    EXPECT_EQ(text(0, DefectTableModel::ConfidenceColumn), QStringLiteral("0.93"));
    EXPECT_EQ(text(0, DefectTableModel::AreaPxColumn), QStringLiteral("120"));
    EXPECT_EQ(text(0, DefectTableModel::AreaMm2Column), QStringLiteral("0.012"));
    EXPECT_EQ(text(0, DefectTableModel::PeakScoreColumn), QStringLiteral("3.50"));
    EXPECT_EQ(text(0, DefectTableModel::RegionColumn), QStringLiteral("pads"));
    EXPECT_EQ(text(0, DefectTableModel::StatusColumn), QStringLiteral("open"));
    EXPECT_EQ(text(1, DefectTableModel::ClassColumn), QStringLiteral("unclassified"));
    EXPECT_EQ(text(1, DefectTableModel::AreaMm2Column), QStringLiteral("–")); // no pixel scale
    EXPECT_DOUBLE_EQ(model.data(model.index(1, DefectTableModel::ConfidenceColumn), Qt::UserRole).toDouble(),
                     0.41);
}

TEST(DefectTableModel, OnlyTheStatusIsEditable) {
    DefectTableModel model;
    addTwoDefects(model);
    EXPECT_TRUE(model.flags(model.index(0, DefectTableModel::StatusColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(0, DefectTableModel::ClassColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(model.index(0, DefectTableModel::ClassColumn), QStringLiteral("open")));
    EXPECT_EQ(model.defect(0).className, QStringLiteral("short"));
}

TEST(DefectTableModel, StatusEditsEmitTheirSignal) {
    DefectTableModel model;
    addTwoDefects(model);
    QSignalSpy edited(&model, &DefectTableModel::statusEdited);
    QSignalSpy changed(&model, &DefectTableModel::dataChanged);
    ASSERT_TRUE(model.setData(model.index(1, DefectTableModel::StatusColumn), kDefectConfirmed));
    ASSERT_EQ(edited.count(), 1);
    EXPECT_EQ(edited.at(0).at(0).toInt(), 1);
    EXPECT_EQ(edited.at(0).at(1).toInt(), 8);
    EXPECT_EQ(edited.at(0).at(2).toInt(), kDefectConfirmed);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(model.defect(1).status, kDefectConfirmed);

    ASSERT_TRUE(model.setData(model.index(0, DefectTableModel::StatusColumn), QStringLiteral("overruled")));
    EXPECT_EQ(model.defect(0).status, kDefectOverruled);
    EXPECT_EQ(model.data(model.index(0, DefectTableModel::StatusColumn)).toString(),
              QStringLiteral("overruled"));
    EXPECT_EQ(edited.count(), 2);

    EXPECT_FALSE(model.setData(model.index(0, DefectTableModel::StatusColumn), 7));
    EXPECT_FALSE(model.setData(model.index(0, DefectTableModel::StatusColumn), QStringLiteral("maybe")));
    EXPECT_EQ(edited.count(), 2);
    EXPECT_EQ(model.defect(0).status, kDefectOverruled);
}

} // namespace
} // namespace lupa::widgets
