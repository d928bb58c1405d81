/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["empty"] = 
`region "No comments yet"
  heading "No comments yet" [level=2]
  StaticText "Be the first to share your thoughts."
  form "Leave a Reply"
    heading "Leave a Reply" [level=3]
    StaticText "Your email address will not be published."
    StaticText "Required fields are marked"
    StaticText "*"
    StaticText "Comment"
    textbox "Comment" [required multiline]
    StaticText "Name"
    textbox "Name" [required]
    StaticText "Email"
    textbox "Email" [required]
    StaticText "Website"
    textbox "Website"
    checkbox "Save my name, email, and website in this browser for the next time I comment."
    button "Post Comment"
  status`;
/* end snapshot empty */

snapshots["loaded with replies"] = 
`region "3 comments"
  heading "3 comments" [level=2]
  StaticText "Sort by"
  combobox "Sort by" [value="Oldest"]
    option "Oldest"
    option "Newest"
  article "Ada"
    link "Ada"
      StaticText "Ada"
    link "<date> Link to this comment"
      StaticText "<date>"
      StaticText "Link to this comment"
    StaticText "First!"
    button "Reply to Ada"
  article "Grace" [description="In reply to Ada"]
    heading "Grace" [level=3]
    link "<date> Link to this comment"
      StaticText "<date>"
      StaticText "Link to this comment"
    StaticText "In reply to Ada"
    StaticText "A reply."
    button "Reply to Grace"
  button "Load more comments"
  form "Leave a Reply"
    heading "Leave a Reply" [level=3]
    StaticText "Your email address will not be published."
    StaticText "Required fields are marked"
    StaticText "*"
    StaticText "Comment"
    textbox "Comment" [required multiline]
    StaticText "Name"
    textbox "Name" [required]
    StaticText "Email"
    textbox "Email" [required]
    StaticText "Website"
    textbox "Website"
    checkbox "Save my name, email, and website in this browser for the next time I comment."
    button "Post Comment"
  status`;
/* end snapshot loaded with replies */

snapshots["form errors"] = 
`region "1 comment"
  heading "1 comment" [level=2]
  article "Ada"
    heading "Ada" [level=3]
    link "<date> Link to this comment"
      StaticText "<date>"
      StaticText "Link to this comment"
    StaticText "First!"
    button "Reply to Ada"
  form "Leave a Reply"
    heading "Leave a Reply" [level=3]
    StaticText "Your email address will not be published."
    StaticText "Required fields are marked"
    StaticText "*"
    StaticText "Comment"
    textbox "Comment" [description="Please type your comment." invalid="true" required multiline]
    StaticText "Please type your comment."
    StaticText "Name"
    textbox "Name" [description="Please enter your name." invalid="true" required]
    StaticText "Please enter your name."
    StaticText "Email"
    textbox "Email" [description="Please enter your email address." invalid="true" required]
    StaticText "Please enter your email address."
    StaticText "Website"
    textbox "Website"
    checkbox "Save my name, email, and website in this browser for the next time I comment."
    button "Post Comment"
  status
    StaticText "Please correct the 3 highlighted fields. Please type your comment. Please enter your name. Please enter your email address."`;
/* end snapshot form errors */

snapshots["posting"] = 
`region "1 comment"
  heading "1 comment" [level=2]
  article "Ada"
    heading "Ada" [level=3]
    link "<date> Link to this comment"
      StaticText "<date>"
      StaticText "Link to this comment"
    StaticText "First!"
    button "Reply to Ada"
  form "Leave a Reply"
    heading "Leave a Reply" [level=3]
    StaticText "Your email address will not be published."
    StaticText "Required fields are marked"
    StaticText "*"
    StaticText "Comment"
    textbox "Comment" [value="A thoughtful comment." required multiline]
    StaticText "Name"
    textbox "Name" [value="Rosa" required]
    StaticText "Email"
    textbox "Email" [value="rosa@example.com" required]
    StaticText "Website"
    textbox "Website"
    checkbox "Save my name, email, and website in this browser for the next time I comment."
    button "Posting…" [disabled]
  status`;
/* end snapshot posting */

snapshots["posted"] = 
`region "2 comments"
  heading "2 comments" [level=2]
  StaticText "Sort by"
  combobox "Sort by" [value="Oldest"]
    option "Oldest"
    option "Newest"
  article "Ada"
    heading "Ada" [level=3]
    link "<date> Link to this comment"
      StaticText "<date>"
      StaticText "Link to this comment"
    StaticText "First!"
    button "Reply to Ada"
  article "Rosa"
    heading "Rosa" [level=3]
    link "<date> Link to this comment"
      StaticText "<date>"
      StaticText "Link to this comment"
    StaticText "A thoughtful comment."
    button "Reply to Rosa"
  form "Leave a Reply"
    heading "Leave a Reply" [level=3]
    StaticText "Your email address will not be published."
    StaticText "Required fields are marked"
    StaticText "*"
    StaticText "Comment"
    textbox "Comment" [required multiline]
    StaticText "Name"
    textbox "Name" [value="Rosa" required]
    StaticText "Email"
    textbox "Email" [value="rosa@example.com" required]
    StaticText "Website"
    textbox "Website"
    checkbox "Save my name, email, and website in this browser for the next time I comment."
    button "Post Comment"
  status
    StaticText "Comment posted"`;
/* end snapshot posted */

snapshots["held"] = 
`region "2 comments"
  heading "2 comments" [level=2]
  StaticText "Sort by"
  combobox "Sort by" [value="Oldest"]
    option "Oldest"
    option "Newest"
  article "Ada"
    heading "Ada" [level=3]
    link "<date> Link to this comment"
      StaticText "<date>"
      StaticText "Link to this comment"
    StaticText "First!"
    button "Reply to Ada"
  article "Rosa"
    heading "Rosa" [level=3]
    link "<date> Link to this comment"
      StaticText "<date>"
      StaticText "Link to this comment"
    StaticText "Your comment is awaiting moderation."
    StaticText "Please hold this one."
  form "Leave a Reply"
    heading "Leave a Reply" [level=3]
    StaticText "Your email address will not be published."
    StaticText "Required fields are marked"
    StaticText "*"
    StaticText "Comment"
    textbox "Comment" [required multiline]
    StaticText "Name"
    textbox "Name" [value="Rosa" required]
    StaticText "Email"
    textbox "Email" [value="rosa@example.com" required]
    StaticText "Website"
    textbox "Website"
    checkbox "Save my name, email, and website in this browser for the next time I comment."
    button "Post Comment"
  status
    StaticText "Your comment is awaiting moderation."`;
/* end snapshot held */

snapshots["load error"] = 
`region "Comments"
  heading "Comments" [level=2]
  StaticText "The comments could not be loaded. The comments server had a problem."
  button "Retry"
  form "Leave a Reply"
    heading "Leave a Reply" [level=3]
    StaticText "Your email address will not be published."
    StaticText "Required fields are marked"
    StaticText "*"
    StaticText "Comment"
    textbox "Comment" [required multiline]
    StaticText "Name"
    textbox "Name" [required]
    StaticText "Email"
    textbox "Email" [required]
    StaticText "Website"
    textbox "Website"
    checkbox "Save my name, email, and website in this browser for the next time I comment."
    button "Post Comment"
  status
    StaticText "The comments could not be loaded. The comments server had a problem."`;
/* end snapshot load error */

