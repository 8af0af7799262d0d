import { graphql } from '../../api/generated/gql';

export const WorkReportFieldsFragment = graphql(`
  fragment WorkReportFields on WorkReport {
    id
    officer {
      id
      name
    }
    office {
      id
      name
    }
    kind
    from
    to
    timeZone
    status
    plans
    obstacles
    submittedAt
    acknowledgedBy {
      id
      name
    }
    acknowledgedAt
    managerComment
    version
    pdfUrl
    csvUrl
    figures {
      newLeads
      leadsMoved
      stageMoves
      followUps {
        type
        count
      }
      followUpsDone
      visits
      offers {
        count
        amount
      }
      won {
        count
        amount
      }
      lost {
        count
        amount
      }
      disbursed {
        count
        amount
      }
      noa
      dueInPeriod
      paidOfDue
      collectionRate
      repaymentsReceived
      outstanding
      loansInArrears
      arrears
      par30
      grades {
        grade
        count
        outstanding
      }
      invoicesIssued {
        count
        amount
      }
      invoicesCollected
      complaintsReceived
      complaintsResolved
      complaintsOpen
      targets {
        metric
        target
        actual
        achievement
      }
    }
    recommendations {
      code
      title
      evidence {
        label
        value
      }
      links {
        type
        id
      }
    }
  }
`);

export const WorkReportQuery = graphql(`
  query WorkReport($officerId: ID!, $period: WorkReportPeriodInput!) {
    workReport(officerId: $officerId, period: $period) {
      ...WorkReportFields
    }
  }
`);

export const WorkReportListQuery = graphql(`
  query WorkReportList($period: WorkReportPeriodInput!, $officeId: ID) {
    workReports(period: $period, officeId: $officeId) {
      id
      officer {
        id
        name
      }
      office {
        id
        name
      }
      from
      to
      status
      submittedAt
      acknowledgedAt
    }
  }
`);

export const SubmitWorkReportMutation = graphql(`
  mutation SubmitWorkReport($input: SubmitWorkReportInput!) {
    submitWorkReport(input: $input) {
      ...WorkReportFields
    }
  }
`);

export const AcknowledgeWorkReportMutation = graphql(`
  mutation AcknowledgeWorkReport($input: AcknowledgeWorkReportInput!) {
    acknowledgeWorkReport(input: $input) {
      ...WorkReportFields
    }
  }
`);
