#include "library/CourseColours.h"
#include "library/CourseDialog.h"
#include "library/Entities.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace lectern;
using namespace Qt::Literals::StringLiterals;

TEST(CourseDialog, TrimsTheNameAndRefusesABlankOne)
{
    CourseDialog dialog(CourseDialog::Purpose::Create, QString(), CourseColours::presets().first().colour);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), u"   "_s);
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), u"Genetics  "_s);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.name(), u"Genetics"_s);
}

TEST(CourseDialog, ClickingASwatchPicksItsColour)
{
    const QList<CourseColours::Preset> presets = CourseColours::presets();
    CourseDialog dialog(CourseDialog::Purpose::Create, QString(), presets.at(0).colour);
    EXPECT_EQ(dialog.colour(), presets.at(0).colour);
    QToolButton *red = nullptr;
    for (QToolButton *button : dialog.findChildren<QToolButton *>()) {
        if (button->accessibleName() == presets.at(5).name)
            red = button;
    }
    ASSERT_NE(red, nullptr);
    dialog.show();
    QTest::mouseClick(red, Qt::LeftButton);
    EXPECT_EQ(dialog.colour(), presets.at(5).colour);
}

TEST(CourseDialog, KeepsAColourThatIsNotAPreset)
{
    const QColor own(0x12, 0x34, 0x56);
    CourseDialog dialog(CourseDialog::Purpose::Rename, u"Chemistry"_s, own);
    EXPECT_EQ(dialog.windowTitle(), u"Rename Course"_s);
    EXPECT_EQ(dialog.nameEdit()->text(), u"Chemistry"_s);
    EXPECT_EQ(dialog.colour(), own);
}

TEST(CourseColours, CoursesWithoutAColourStillGetAStableOne)
{
    Course course;
    course.id = u"0b7c6a52-8a53-4e49-9f0e-7b3c2f1f9d11"_s;
    const QColor first = CourseColours::displayColour(course);
    EXPECT_TRUE(first.isValid());
    EXPECT_EQ(CourseColours::displayColour(course), first);
    course.colour = u"#abcdef"_s;
    EXPECT_EQ(CourseColours::displayColour(course), QColor(0xab, 0xcd, 0xef));
}

TEST(CourseColours, SuggestsAColourNotInUseYet)
{
    const QList<CourseColours::Preset> presets = CourseColours::presets();
    EXPECT_EQ(CourseColours::suggestNext({}), presets.at(0).colour);
    EXPECT_EQ(CourseColours::suggestNext({presets.at(0).colour, presets.at(1).colour}), presets.at(2).colour);
}
